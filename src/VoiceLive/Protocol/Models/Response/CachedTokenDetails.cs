using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Cached input tokens by kind (<c>usage.input_token_details.cached_tokens_details</c>).</summary>
    public sealed class CachedTokenDetails
    {
        /// <summary>Cached text tokens (<c>text_tokens</c>).</summary>
        [JsonPropertyName("text_tokens")]
        public int TextTokens { get; set; }

        /// <summary>Cached audio tokens (<c>audio_tokens</c>).</summary>
        [JsonPropertyName("audio_tokens")]
        public int AudioTokens { get; set; }

        /// <summary>Cached image tokens (<c>image_tokens</c>).</summary>
        [JsonPropertyName("image_tokens")]
        public int ImageTokens { get; set; }
    }
}
