using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace VoiceLive.Transport
{
    /// <summary>
    /// Which refused or failed connects are worth another attempt, and how long to wait first, from
    /// <see cref="ClientOptions.Retry"/>: the Azure SDK's rule (408, 429, 500, 502, 503, 504 and network failures; the
    /// service's <c>Retry-After</c> wins over the computed delay).
    /// </summary>
    internal static class ConnectRetry
    {
        /// <summary>True when <paramref name="failure"/> may succeed on another attempt and attempts remain.</summary>
        public static bool ShouldRetry(VoiceLiveConnectionException failure, int attempt, RetryOptions retry)
            => attempt < retry.MaxRetries && IsTransient(failure);

        public static bool IsTransient(VoiceLiveConnectionException failure)
            => failure.Status is 408 or 429 or 500 or 502 or 503 or 504 || (failure.Status == 0 && failure.IsNetworkFailure);

        /// <summary>The wait before attempt <paramref name="attempt"/> + 1: Retry-After, else fixed or exponential with jitter, capped at MaxDelay.</summary>
        public static TimeSpan Delay(VoiceLiveConnectionException failure, int attempt, RetryOptions retry, Random random)
        {
            if (failure.RetryAfter is TimeSpan retryAfter)
            {
                return retryAfter;
            }

            double baseMs = retry.Delay.TotalMilliseconds;
            double ms = retry.Mode == RetryMode.Fixed ? baseMs : baseMs * Math.Pow(2, Math.Min(attempt, 30));

            // Jitter (0.8–1.2) spreads the reconnects of many sessions refused at the same moment.
            ms *= 0.8 + (random.NextDouble() * 0.4);
            return TimeSpan.FromMilliseconds(Math.Min(ms, retry.MaxDelay.TotalMilliseconds));
        }

        /// <summary>The real wait; tests replace it through <see cref="VoiceLiveClientOptions.RetryDelay"/>.</summary>
        public static Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, cancellationToken);
    }
}
