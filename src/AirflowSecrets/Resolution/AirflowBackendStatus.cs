using System;
using AirflowSecrets.Backends;

namespace AirflowSecrets
{
    /// <summary>Whether a resolver's backend is in use or skipped as unavailable (for health checks and diagnostics).</summary>
    public sealed class AirflowBackendStatus
    {
        internal AirflowBackendStatus(IAirflowSecretsBackend backend, BackendFailure? failure, TimeSpan? retryIn)
        {
            Backend = backend;
            Failure = failure;
            RetryIn = retryIn;
        }

        /// <summary>The backend.</summary>
        public IAirflowSecretsBackend Backend { get; }

        /// <summary>False while lookups skip it after a transport failure.</summary>
        public bool IsAvailable => Failure is null;

        /// <summary>The failure that made it unavailable; <c>null</c> while it is available.</summary>
        public BackendFailure? Failure { get; }

        /// <summary>How long until a lookup probes it again (zero when the next lookup will); <c>null</c> while it is available.</summary>
        public TimeSpan? RetryIn { get; }

        /// <inheritdoc />
        public override string ToString() =>
            Backend.Name + (Failure is null ? ": available" : ": unavailable (" + Failure.Description + "), probed again in " + BackendFailure.Seconds(RetryIn ?? TimeSpan.Zero));
    }
}
