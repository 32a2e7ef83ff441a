using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.foundry_agent_call_arguments.delta</c>: (preview) a chunk of the arguments the model is writing for a Foundry agent tool call.
    /// </summary>
    [WireEvent("response.foundry_agent_call_arguments.delta", EventGroup.ToolCalls)]
    public sealed class ServerEventResponseFoundryAgentCallArgumentsDelta : ServerEvent
    {
        private string _responseId = string.Empty;
        private string _itemId = string.Empty;
        private string _delta = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseFoundryAgentCallArgumentsDelta()
            : base(WireNames.ResponseFoundryAgentCallArgumentsDelta)
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

        /// <summary>The new chunk of the arguments (<c>delta</c>); append it to the previous chunks.</summary>
        [JsonPropertyName("delta")]
        public string Delta
        {
            get => _delta;
            set => _delta = value ?? string.Empty;
        }
    }
}
