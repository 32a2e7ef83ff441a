using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.file_search_call.searching</c>: a file search tool call is searching.
    /// </summary>
    [WireEvent("response.file_search_call.searching", EventGroup.Search)]
    public sealed class ServerEventResponseFileSearchCallSearching : ServerEvent
    {
        private string _responseId = string.Empty;
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseFileSearchCallSearching()
            : base(WireNames.ResponseFileSearchCallSearching)
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

        /// <summary>The position of this event in the tool call's stream of status events (<c>sequence_number</c>).</summary>
        [JsonPropertyName("sequence_number")]
        public int SequenceNumber { get; set; }
    }
}
