using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>A web search the service ran (<c>type</c> <c>web_search_call</c>).</summary>
    public sealed class ResponseWebSearchCallItem : ResponseItem
    {
        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public ResponseWebSearchCallItem()
            : base(ItemType.WebSearchCall)
        {
        }

        /// <summary>The state (<c>status</c>): <c>in_progress</c>, <c>searching</c>, <c>completed</c> or <c>failed</c>.</summary>
        [JsonPropertyName("status")]
        public string? Status { get; set; }
    }
}
