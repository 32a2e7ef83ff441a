using System;

namespace VoiceLive.Samples.BrowserAssistant
{
    /// <summary>
    /// A rate limit: <c>capacity</c> tokens, refilled at <c>ratePerSecond</c>. One relay connection reads its messages
    /// on one task, so the bucket is not thread-safe.
    /// </summary>
    public sealed class TokenBucket
    {
        private readonly TimeProvider _time;
        private readonly double _ratePerSecond;
        private readonly double _capacity;
        private double _tokens;
        private long _lastRefill;

        /// <summary>Starts full.</summary>
        public TokenBucket(double ratePerSecond, double capacity, TimeProvider time)
        {
            if (ratePerSecond <= 0 || capacity <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(ratePerSecond), "The rate and the capacity must be positive.");
            }

            _time = time;
            _ratePerSecond = ratePerSecond;
            _capacity = capacity;
            _tokens = capacity;
            _lastRefill = time.GetTimestamp();
        }

        /// <summary>Takes <paramref name="amount"/> tokens if that many are available; false (and nothing taken) otherwise.</summary>
        public bool TryTake(double amount)
        {
            long now = _time.GetTimestamp();
            _tokens = Math.Min(_capacity, _tokens + (_time.GetElapsedTime(_lastRefill, now).TotalSeconds * _ratePerSecond));
            _lastRefill = now;
            if (_tokens < amount)
            {
                return false;
            }

            _tokens -= amount;
            return true;
        }
    }
}
