using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Backends;

namespace AirflowSecrets.Resolution
{
    /// <summary>How a lookup may use a backend right now.</summary>
    internal enum Admission
    {
        /// <summary>Ask it.</summary>
        Ask,

        /// <summary>Ask it as the one probe after an outage interval; report the outcome.</summary>
        Probe,

        /// <summary>Another lookup is probing it: wait for that probe, then ask again.</summary>
        Wait,

        /// <summary>It is unavailable: skip it without asking.</summary>
        Skip,
    }

    /// <summary>
    /// Whether one backend is reachable. A transport failure (connection refused, host not found, TLS, timeout) marks it
    /// unavailable for an interval: lookups then skip it at once. After the interval one lookup probes it and every
    /// concurrent lookup waits for that probe. Lookups already under way when an outage starts finish on their own.
    /// Thread-safe; times are <see cref="ResolverClock"/> ticks.
    /// </summary>
    internal sealed class BackendHealth
    {
        private readonly object _gate = new();
        private readonly long _intervalTicks;
        private bool _down;
        private long _downUntil;
        private BackendFailure? _failure;
        private TaskCompletionSource<bool>? _probe;

        /// <param name="intervalTicks">How long a backend stays unavailable; 0 turns outage awareness off.</param>
        public BackendHealth(long intervalTicks) => _intervalTicks = intervalTicks;

        /// <summary>The failure that made the backend unavailable, while it is.</summary>
        public BackendFailure? Failure
        {
            get
            {
                lock (_gate) return _down ? _failure : null;
            }
        }

        /// <summary>When it may be asked again (ticks), while it is unavailable.</summary>
        public long? DownUntil
        {
            get
            {
                lock (_gate) return _down ? _downUntil : null;
            }
        }

        public Admission Admit(long now, out Task<bool>? probe, out BackendFailure? failure, out long retryAt)
        {
            probe = null;
            failure = null;
            retryAt = 0;
            lock (_gate)
            {
                if (!_down) return Admission.Ask;
                if (_probe != null)
                {
                    probe = _probe.Task;
                    return Admission.Wait;
                }

                if (now < _downUntil)
                {
                    failure = _failure;
                    retryAt = _downUntil;
                    return Admission.Skip;
                }

                _probe = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                return Admission.Probe;
            }
        }

        /// <summary>
        /// A lookup found the backend unreachable. Returns true when this starts an outage interval (the backend was
        /// available, or this was the probe): that is the one failure to log as a warning.
        /// </summary>
        public bool ReportUnreachable(BackendFailure failure, long now, bool probe)
        {
            if (_intervalTicks <= 0) return true;
            TaskCompletionSource<bool>? finished = null;
            bool starts;
            lock (_gate)
            {
                starts = !_down || probe;
                _down = true;
                if (starts || now + _intervalTicks > _downUntil) _downUntil = now + _intervalTicks;
                if (starts) _failure = failure;
                if (probe)
                {
                    finished = _probe;
                    _probe = null;
                }
            }

            finished?.TrySetResult(false);
            return starts;
        }

        /// <summary>The backend answered (a value, "not found", or an error of its own). Returns true when it was unavailable.</summary>
        public bool ReportReachable(bool probe)
        {
            TaskCompletionSource<bool>? finished = null;
            bool wasDown;
            lock (_gate)
            {
                wasDown = _down;
                _down = false;
                _failure = null;
                if (probe || _probe != null)
                {
                    finished = _probe;
                    _probe = null;
                }
            }

            finished?.TrySetResult(true);
            return wasDown;
        }

        /// <summary>The probe ended without an answer (its callers left): the next lookup probes instead.</summary>
        public void AbandonProbe()
        {
            TaskCompletionSource<bool>? finished;
            lock (_gate)
            {
                finished = _probe;
                _probe = null;
            }

            finished?.TrySetResult(false);
        }

        /// <summary>Waits for a probe, or gives up when the token fires.</summary>
        public static Task<bool> WaitForProbeAsync(Task<bool> probe, CancellationToken cancellationToken) =>
            TaskWaiting.WaitAsync(probe, cancellationToken);
    }
}
