using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.function_call_arguments.delta</c>: a chunk of the JSON arguments the model is writing for a function call.
    /// </summary>
    [WireEvent("response.function_call_arguments.delta", EventGroup.ToolCalls)]
    public sealed class ServerEventResponseFunctionCallArgumentsDelta : ServerEvent
    {
        private string _responseId = string.Empty;
        private string _itemId = string.Empty;
        private string _callId = string.Empty;
        private string _delta = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseFunctionCallArgumentsDelta()
            : base(WireNames.ResponseFunctionCallArgumentsDelta)
        {
        }

        /// <summary>The response (<c>response_id</c>) this event belongs to.</summary>
        [JsonPropertyName("response_id")]
        public string ResponseId
        {
            get => _responseId;
            set => _responseId = value ?? string.Empty;
        }

        /// <summary>The function call item (<c>item_id</c>).</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }

        /// <summary>The index of the item in the response's <c>output</c> (<c>output_index</c>).</summary>
        [JsonPropertyName("output_index")]
        public int OutputIndex { get; set; }

        /// <summary>The function call's identifier (<c>call_id</c>); send it back in the <c>function_call_output</c> item.</summary>
        [JsonPropertyName("call_id")]
        public string CallId
        {
            get => _callId;
            set => _callId = value ?? string.Empty;
        }

        /// <summary>The new chunk of the JSON arguments (<c>delta</c>); append it to the previous chunks.</summary>
        [JsonPropertyName("delta")]
        public string Delta
        {
            get => _delta;
            set => _delta = value ?? string.Empty;
        }
    }
}
