using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>A web search action that opened a page (<c>type</c> <c>open_page</c>).</summary>
    public sealed class ActionOpenPage
    {
        /// <summary>The action kind (<c>type</c>), <c>open_page</c>.</summary>
        [JsonPropertyName("type")]
        public string Type { get; set; } = "open_page";

        /// <summary>The page (<c>url</c>).</summary>
        [JsonPropertyName("url")]
        public string Url { get; set; } = string.Empty;
    }
}
