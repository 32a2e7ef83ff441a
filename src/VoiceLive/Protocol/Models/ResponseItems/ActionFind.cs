using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>A web search action that searched within a page (<c>type</c> <c>find</c>).</summary>
    public sealed class ActionFind
    {
        /// <summary>The action kind (<c>type</c>), <c>find</c>.</summary>
        [JsonPropertyName("type")]
        public string Type { get; set; } = "find";

        /// <summary>The text searched for (<c>pattern</c>).</summary>
        [JsonPropertyName("pattern")]
        public string Pattern { get; set; } = string.Empty;

        /// <summary>The page (<c>url</c>).</summary>
        [JsonPropertyName("url")]
        public string Url { get; set; } = string.Empty;
    }
}
