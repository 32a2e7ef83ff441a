using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.foundry_agent_call_arguments.done</c>: (preview) the model finished writing the arguments of a Foundry agent tool call.
    /// </summary>
    [WireEvent("response.foundry_agent_call_arguments.done", EventGroup.ToolCalls)]
    public sealed class ServerEventResponseFoundryAgentCallArgumentsDone : ServerEvent
    {
        private string _responseId = string.Empty;
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseFoundryAgentCallArgumentsDone()
            : base(WireNames.ResponseFoundryAgentCallArgumentsDone)
        {
        }

        /// <summary>The response (<c>response_id</c>) this event belongs to.</summary>
        [JsonPropertyName("response_id")]
        public string ResponseId
        {
            get => _responseId;
            set => _responseId = value ?? string.Empty;
        }

        /// <summary>The Foundry agent call item (<c>item_id</c>).</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }

        /// <summary>The index of the item in the response's <c>output</c> (<c>output_index</c>).</summary>
        [JsonPropertyName("output_index")]
        public int OutputIndex { get; set; }

        /// <summary>The complete arguments of the call (<c>arguments</c>), when the service includes them.</summary>
        [JsonPropertyName("arguments")]
        public string? Arguments { get; set; }
    }
}
