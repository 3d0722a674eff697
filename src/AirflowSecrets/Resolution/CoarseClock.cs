using System;
using System.Threading;

namespace AirflowSecrets.Resolution
{
    /// <summary>
    /// <see cref="ResolverClock.Now"/> as a field a timer refreshes every <see cref="Period"/>: what a generated accessor's
    /// slot compares an entry's expiry with, so that a warm read reads memory instead of the system clock. It lags the
    /// real clock by up to a period (more only while the thread pool cannot run the timer); the cache lets slots serve an
    /// entry only until <see cref="Margin"/> before the resolver's own expiry, so within that lag a slot never serves a
    /// value the resolver would not. The timer starts with the first slot that is filled and runs for the process.
    /// </summary>
    internal static class CoarseClock
    {
        public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(100);

        // Two periods and a half: the timer's own lag and a late tick.
        public static readonly long Margin = ResolverClock.ToTicks(TimeSpan.FromMilliseconds(250));

        private static readonly object Gate = new();
        private static long _now = ResolverClock.Now();
        private static Timer? _timer;

        public static long Now => Volatile.Read(ref _now);

        /// <summary>Refreshes the field now and makes sure the timer runs (called on the slow path, when a slot is filled).</summary>
        public static void Touch()
        {
            Volatile.Write(ref _now, ResolverClock.Now());
            if (Volatile.Read(ref _timer) != null) return;
            lock (Gate)
            {
                if (_timer != null) return;

                // The timer must not capture the caller's execution context (its AsyncLocals) for the life of the process.
                bool suppressed = !ExecutionContext.IsFlowSuppressed();
                AsyncFlowControl flow = suppressed ? ExecutionContext.SuppressFlow() : default;
                try
                {
                    Volatile.Write(ref _timer, new Timer(_ => Volatile.Write(ref _now, ResolverClock.Now()), null, Period, Period));
                }
                finally
                {
                    if (suppressed) flow.Undo();
                }
            }
        }
    }
}
