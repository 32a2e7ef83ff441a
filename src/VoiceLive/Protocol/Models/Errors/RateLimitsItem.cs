using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>One rate limit of a <c>rate_limits.updated</c> event (<c>rate_limits[]</c>).</summary>
    public sealed class RateLimitsItem
    {
        /// <summary>The limit's name (<c>name</c>), for example <c>requests</c> or <c>tokens</c>.</summary>
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;

        /// <summary>The maximum (<c>limit</c>).</summary>
        [JsonPropertyName("limit")]
        public int Limit { get; set; }

        /// <summary>What is left (<c>remaining</c>).</summary>
        [JsonPropertyName("remaining")]
        public int Remaining { get; set; }

        /// <summary>Seconds until the limit resets (<c>reset_seconds</c>).</summary>
        [JsonPropertyName("reset_seconds")]
        public double ResetSeconds { get; set; }
    }
}
