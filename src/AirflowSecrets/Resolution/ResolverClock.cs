using System;
using System.Diagnostics;

namespace AirflowSecrets.Resolution
{
    /// <summary>
    /// The resolver's time: a monotonic count in <see cref="Stopwatch"/> ticks (tests pass their own). TTLs, staleness
    /// and outage intervals are converted to these units once.
    /// </summary>
    internal static class ResolverClock
    {
        // On .NET 8 the millisecond tick count is read instead of the high-resolution timer: cheaper on every cache hit,
        // and a TTL needs no finer grain.
#if NET8_0_OR_GREATER
        private static readonly long StopwatchTicksPerMillisecond = Stopwatch.Frequency / 1000;

        public static long Now() => Environment.TickCount64 * StopwatchTicksPerMillisecond;
#else
        public static long Now() => Stopwatch.GetTimestamp();
#endif

        public static long ToTicks(TimeSpan span) =>
            span.TotalSeconds * Stopwatch.Frequency >= long.MaxValue / 4 ? long.MaxValue / 4 : (long)(span.TotalSeconds * Stopwatch.Frequency);

        public static TimeSpan ToTimeSpan(long ticks) => TimeSpan.FromSeconds((double)ticks / Stopwatch.Frequency);
    }
}
