using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.foundry_agent_call.in_progress</c>: (preview) the service started running a Foundry agent tool call.
    /// </summary>
    [WireEvent("response.foundry_agent_call.in_progress", EventGroup.ToolCalls)]
    public sealed class ServerEventResponseFoundryAgentCallInProgress : ServerEvent
    {
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseFoundryAgentCallInProgress()
            : base(WireNames.ResponseFoundryAgentCallInProgress)
        {
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

        /// <summary>The Foundry agent's own response identifier (<c>agent_response_id</c>), when the agent reported one.</summary>
        [JsonPropertyName("agent_response_id")]
        public string? AgentResponseId { get; set; }
    }
}
