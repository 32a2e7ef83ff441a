using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Output tokens by kind (<c>usage.output_token_details</c>).</summary>
    public sealed class OutputTokenDetails
    {
        /// <summary>Text output tokens (<c>text_tokens</c>).</summary>
        [JsonPropertyName("text_tokens")]
        public int TextTokens { get; set; }

        /// <summary>Audio output tokens (<c>audio_tokens</c>).</summary>
        [JsonPropertyName("audio_tokens")]
        public int AudioTokens { get; set; }

        /// <summary>Reasoning tokens of reasoning models (<c>reasoning_tokens</c>).</summary>
        [JsonPropertyName("reasoning_tokens")]
        public int? ReasoningTokens { get; set; }
    }
}
