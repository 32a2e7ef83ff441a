using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.text.done</c>: the assistant's text for a content part is complete; carries the whole text.
    /// </summary>
    [WireEvent("response.text.done", EventGroup.Responses, GaAlias = "response.output_text.done")]
    public sealed class ServerEventResponseTextDone : ServerEvent
    {
        private string _responseId = string.Empty;
        private string _itemId = string.Empty;
        private string _text = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseTextDone()
            : base(WireNames.ResponseTextDone)
        {
        }

        /// <summary>The response (<c>response_id</c>) this event belongs to.</summary>
        [JsonPropertyName("response_id")]
        public string ResponseId
        {
            get => _responseId;
            set => _responseId = value ?? string.Empty;
        }

        /// <summary>The output item (<c>item_id</c>) this event belongs to.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }

        /// <summary>The index of the item in the response's <c>output</c> (<c>output_index</c>).</summary>
        [JsonPropertyName("output_index")]
        public int OutputIndex { get; set; }

        /// <summary>The index of the content part within the item's <c>content</c> (<c>content_index</c>).</summary>
        [JsonPropertyName("content_index")]
        public int ContentIndex { get; set; }

        /// <summary>The complete text of the content part (<c>text</c>).</summary>
        [JsonPropertyName("text")]
        public string Text
        {
            get => _text;
            set => _text = value ?? string.Empty;
        }
    }
}
