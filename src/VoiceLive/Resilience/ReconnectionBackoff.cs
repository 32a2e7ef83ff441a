using System;

namespace VoiceLive.Resilience
{
    /// <summary>
    /// The wait before each reconnection attempt: exponential from <see cref="VoiceLiveReconnectionOptions.InitialDelay"/>
    /// up to <see cref="VoiceLiveReconnectionOptions.MaxDelay"/>, with "equal jitter" (a random point in the upper half),
    /// so clients dropped together spread out while each still backs off.
    /// </summary>
    internal static class ReconnectionBackoff
    {
        [ThreadStatic]
        private static Random? t_random;

        /// <summary>The ceiling of the wait before attempt <paramref name="attempt"/> (1-based).</summary>
        public static TimeSpan Ceiling(VoiceLiveReconnectionOptions options, int attempt)
        {
            double factor = Math.Pow(2, Math.Min(attempt - 1, 30));
            double ticks = Math.Min(options.MaxDelay.Ticks, options.InitialDelay.Ticks * factor);
            return TimeSpan.FromTicks((long)ticks);
        }

        /// <summary>The wait before attempt <paramref name="attempt"/>: between half the ceiling and the ceiling.</summary>
        public static TimeSpan DelayBefore(VoiceLiveReconnectionOptions options, int attempt)
        {
            TimeSpan ceiling = Ceiling(options, attempt);
            double unit = options.Jitter?.Invoke() ?? (t_random ??= new Random()).NextDouble();
            unit = Math.Max(0, Math.Min(1, unit));
            return TimeSpan.FromTicks(ceiling.Ticks / 2 + (long)(ceiling.Ticks / 2 * unit));
        }
    }
}
