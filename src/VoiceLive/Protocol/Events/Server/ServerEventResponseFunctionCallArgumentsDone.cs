using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.function_call_arguments.done</c>: the model finished a function call; carries the function name and complete JSON arguments. Run the function and send a <c>function_call_output</c> item.
    /// </summary>
    [WireEvent("response.function_call_arguments.done", EventGroup.ToolCalls)]
    public sealed class ServerEventResponseFunctionCallArgumentsDone : ServerEvent
    {
        private string _responseId = string.Empty;
        private string _itemId = string.Empty;
        private string _callId = string.Empty;
        private string _arguments = string.Empty;
        private string _name = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseFunctionCallArgumentsDone()
            : base(WireNames.ResponseFunctionCallArgumentsDone)
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

        /// <summary>The complete arguments of the call as a JSON string (<c>arguments</c>); the model may produce invalid JSON, so validate it.</summary>
        [JsonPropertyName("arguments")]
        public string Arguments
        {
            get => _arguments;
            set => _arguments = value ?? string.Empty;
        }

        /// <summary>The name of the function to call (<c>name</c>).</summary>
        [JsonPropertyName("name")]
        public string Name
        {
            get => _name;
            set => _name = value ?? string.Empty;
        }
    }
}
