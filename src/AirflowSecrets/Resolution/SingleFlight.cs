using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AirflowSecrets.Resolution
{
    /// <summary>
    /// At most one run of a piece of work per key at a time: concurrent callers of a key join the run in progress
    /// instead of starting their own. A caller's cancellation ends its own wait only; the shared run is cancelled (through
    /// the token it is given) when every caller waiting on it has gone, and the next caller then starts afresh.
    /// </summary>
    internal sealed class SingleFlight<TKey, TResult>
        where TKey : notnull
    {
        private readonly ConcurrentDictionary<TKey, Flight> _inFlight;
        private readonly Func<TKey, CancellationToken, Task<TResult>> _work;

        /// <param name="work">The work for one key; it gets a token that fires when every caller has gone.</param>
        /// <param name="comparer">Key equality; default: the key type's own.</param>
        public SingleFlight(Func<TKey, CancellationToken, Task<TResult>> work, IEqualityComparer<TKey>? comparer = null)
        {
            _work = work ?? throw new ArgumentNullException(nameof(work));
            _inFlight = new ConcurrentDictionary<TKey, Flight>(comparer ?? EqualityComparer<TKey>.Default);
        }

        /// <summary>How many keys have a run in progress.</summary>
        public int InFlight => _inFlight.Count;

        /// <summary>Joins the key's run in progress, or starts one, and waits for it (or for the caller's token).</summary>
        public Task<TResult> RunAsync(TKey key, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return AwaitAsync(Join(key), cancellationToken);
        }

        private Flight Join(TKey key)
        {
            while (true)
            {
                if (_inFlight.TryGetValue(key, out Flight? existing))
                {
                    if (existing.TryJoin()) return existing;
                    Remove(existing);
                    continue;
                }

                var flight = new Flight(key);
                flight.TryJoin();
                if (_inFlight.TryAdd(key, flight))
                {
                    flight.Start(RunAsync(flight));
                    return flight;
                }
            }
        }

        private async Task<TResult> RunAsync(Flight flight)
        {
            try
            {
                return await _work(flight.Key, flight.Token).ConfigureAwait(false);
            }
            finally
            {
                Remove(flight);
            }
        }

        private async Task<TResult> AwaitAsync(Flight flight, CancellationToken cancellationToken)
        {
            try
            {
                return await TaskWaiting.WaitAsync(flight.Task, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (flight.Leave()) Remove(flight);
            }
        }

        private void Remove(Flight flight) =>
            ((ICollection<KeyValuePair<TKey, Flight>>)_inFlight).Remove(new KeyValuePair<TKey, Flight>(flight.Key, flight));

        // One run in progress and the callers waiting for it.
        private sealed class Flight : IDisposable
        {
            private readonly object _gate = new();
            private readonly CancellationTokenSource _cancellation = new();
            private readonly TaskCompletionSource<TResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
            private int _waiters;
            private bool _abandoned;
            private bool _finished;

            public Flight(TKey key) => Key = key;

            public TKey Key { get; }

            // Completes when the run does; callers can join before the run has been started.
            public Task<TResult> Task => _result.Task;

            public CancellationToken Token => _cancellation.Token;

            public void Start(Task<TResult> run) =>
                run.ContinueWith(
                    (done, state) =>
                    {
                        var flight = (Flight)state!;
                        flight.Dispose();
                        if (done.IsCanceled) flight._result.TrySetCanceled();
                        else if (done.IsFaulted) flight._result.TrySetException(done.Exception!.InnerExceptions);
                        else flight._result.TrySetResult(done.Result);
                    },
                    this,
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);

            public bool TryJoin()
            {
                lock (_gate)
                {
                    if (_abandoned) return false;
                    _waiters++;
                    return true;
                }
            }

            // True when the last waiter left before the run finished: the run is then cancelled.
            public bool Leave()
            {
                lock (_gate)
                {
                    _waiters--;
                    if (_waiters > 0 || _finished) return false;
                    _abandoned = true;
                    _cancellation.Cancel();
                    return true;
                }
            }

            // Called once, when the run has finished.
            public void Dispose()
            {
                lock (_gate)
                {
                    _finished = true;
                    _cancellation.Dispose();
                }
            }
        }
    }
}
