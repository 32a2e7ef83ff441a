using System;
using System.Threading;

namespace VoiceLive.Transport
{
    /// <summary>Timeouts measured on a <see cref="TimeProvider"/>, so that a test's fake clock decides when they expire.</summary>
    internal static class Timeouts
    {
        /// <summary>
        /// A source cancelled once <paramref name="delay"/> has passed on <paramref name="time"/>'s clock, linked to
        /// <paramref name="cancellationToken"/>. <see cref="TimeProvider.System"/> times it exactly as
        /// <see cref="CancellationTokenSource.CancelAfter(TimeSpan)"/> would. Dispose both sources.
        /// </summary>
        public static (CancellationTokenSource Linked, CancellationTokenSource Timer) After(TimeProvider time, TimeSpan delay, CancellationToken cancellationToken)
        {
#if NET8_0_OR_GREATER
            var timer = new CancellationTokenSource(delay, time);
#else
            CancellationTokenSource timer = System.Threading.Tasks.TimeProviderTaskExtensions.CreateCancellationTokenSource(time, delay);
#endif
            return (CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token), timer);
        }
    }
}
