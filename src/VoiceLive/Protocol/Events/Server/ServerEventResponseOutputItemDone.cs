using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.output_item.done</c>: an output item of a response is complete (or was interrupted).
    /// </summary>
    [WireEvent("response.output_item.done", EventGroup.Responses)]
    public sealed class ServerEventResponseOutputItemDone : ServerEvent
    {
        private string _responseId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseOutputItemDone()
            : base(WireNames.ResponseOutputItemDone)
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

        /// <summary>The completed item (<c>item</c>).</summary>
        [JsonPropertyName("item")]
        public ResponseItem? Item { get; set; }
    }
}
