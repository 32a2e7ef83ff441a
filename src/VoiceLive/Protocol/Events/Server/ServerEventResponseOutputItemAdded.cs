using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.output_item.added</c>: a new output item (message, function call, MCP call…) was started in a response.
    /// </summary>
    [WireEvent("response.output_item.added", EventGroup.Responses)]
    public sealed class ServerEventResponseOutputItemAdded : ServerEvent
    {
        private string _responseId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseOutputItemAdded()
            : base(WireNames.ResponseOutputItemAdded)
        {
        }

        /// <summary>The response (<c>response_id</c>) this event belongs to.</summary>
        [JsonPropertyName("response_id")]
        public string ResponseId
        {
            get => _responseId;
            set => _responseId = value ?? string.Empty;
        }

        /// <summary>The index of the item in the response's <c>output</c> (<c>output_index</c>).</summary>
        [JsonPropertyName("output_index")]
        public int OutputIndex { get; set; }

        /// <summary>The item that was started (<c>item</c>); its content fills in through later events.</summary>
        [JsonPropertyName("item")]
        public ResponseItem? Item { get; set; }
    }
}
