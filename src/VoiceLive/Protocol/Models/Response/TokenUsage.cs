using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Tokens a response used (<c>usage</c> of a response).</summary>
    public sealed class TokenUsage
    {
        /// <summary>Input plus output tokens (<c>total_tokens</c>).</summary>
        [JsonPropertyName("total_tokens")]
        public int TotalTokens { get; set; }

        /// <summary>Tokens read, including conversation history (<c>input_tokens</c>).</summary>
        [JsonPropertyName("input_tokens")]
        public int InputTokens { get; set; }

        /// <summary>Tokens generated (<c>output_tokens</c>).</summary>
        [JsonPropertyName("output_tokens")]
        public int OutputTokens { get; set; }

        /// <summary>Input tokens by kind (<c>input_token_details</c>).</summary>
        [JsonPropertyName("input_token_details")]
        public InputTokenDetails? InputTokenDetails { get; set; }

        /// <summary>Output tokens by kind (<c>output_token_details</c>).</summary>
        [JsonPropertyName("output_token_details")]
        public OutputTokenDetails? OutputTokenDetails { get; set; }
    }
}
