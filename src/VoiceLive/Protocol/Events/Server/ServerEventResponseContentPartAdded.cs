using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.content_part.added</c>: a new content part (text or audio) was started in an assistant message item.
    /// </summary>
    [WireEvent("response.content_part.added", EventGroup.Responses)]
    public sealed class ServerEventResponseContentPartAdded : ServerEvent
    {
        private string _responseId = string.Empty;
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseContentPartAdded()
            : base(WireNames.ResponseContentPartAdded)
        {
        }

        /// <summary>The response (<c>response_id</c>) this event belongs to.</summary>
        [JsonPropertyName("response_id")]
        public string ResponseId
        {
            get => _responseId;
            set => _responseId = value ?? string.Empty;
        }

        /// <summary>The assistant item (<c>item_id</c>) the part belongs to.</summary>
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

        /// <summary>The content part that was started (<c>part</c>); usually empty at this point. Null only when the service left it out.</summary>
        [JsonPropertyName("part")]
        public ContentPart? Part { get; set; }
    }
}
