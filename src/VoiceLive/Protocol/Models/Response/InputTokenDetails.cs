using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Input tokens by kind (<c>usage.input_token_details</c>).</summary>
    public sealed class InputTokenDetails
    {
        /// <summary>Input tokens served from the prompt cache (<c>cached_tokens</c>).</summary>
        [JsonPropertyName("cached_tokens")]
        public int CachedTokens { get; set; }

        /// <summary>Text input tokens (<c>text_tokens</c>).</summary>
        [JsonPropertyName("text_tokens")]
        public int TextTokens { get; set; }

        /// <summary>Audio input tokens (<c>audio_tokens</c>).</summary>
        [JsonPropertyName("audio_tokens")]
        public int AudioTokens { get; set; }

        /// <summary>Image input tokens (<c>image_tokens</c>).</summary>
        [JsonPropertyName("image_tokens")]
        public int ImageTokens { get; set; }

        /// <summary>Cached tokens by kind (<c>cached_tokens_details</c>).</summary>
        [JsonPropertyName("cached_tokens_details")]
        public CachedTokenDetails? CachedTokensDetails { get; set; }
    }
}
