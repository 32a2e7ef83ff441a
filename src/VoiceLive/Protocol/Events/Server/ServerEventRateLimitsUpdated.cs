using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>rate_limits.updated</c>: (documented, not in any SDK) the service's current rate limits, typically sent after a response starts.
    /// </summary>
    [WireEvent("rate_limits.updated", EventGroup.Errors)]
    public sealed class ServerEventRateLimitsUpdated : ServerEvent
    {
        private IList<RateLimitsItem> _rateLimits = new List<RateLimitsItem>();

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventRateLimitsUpdated()
            : base(WireNames.RateLimitsUpdated)
        {
        }

        /// <summary>The current limits (<c>rate_limits</c>): for each, its name, limit, remaining amount and seconds until reset. Never null.</summary>
        [JsonPropertyName("rate_limits")]
        public IList<RateLimitsItem> RateLimits
        {
            get => _rateLimits;
            set => _rateLimits = value ?? new List<RateLimitsItem>();
        }
    }
}
