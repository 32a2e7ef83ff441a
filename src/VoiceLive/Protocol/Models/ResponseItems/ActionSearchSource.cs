using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>A source of a web search (<c>type</c> <c>url</c>).</summary>
    public sealed class ActionSearchSource
    {
        /// <summary>The source kind (<c>type</c>), <c>url</c>.</summary>
        [JsonPropertyName("type")]
        public string Type { get; set; } = "url";

        /// <summary>The URL (<c>url</c>).</summary>
        [JsonPropertyName("url")]
        public string Url { get; set; } = string.Empty;
    }
}
