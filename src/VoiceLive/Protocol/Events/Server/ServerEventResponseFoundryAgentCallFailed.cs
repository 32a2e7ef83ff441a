using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.foundry_agent_call.failed</c>: (preview) a Foundry agent tool call failed.
    /// </summary>
    [WireEvent("response.foundry_agent_call.failed", EventGroup.ToolCalls)]
    public sealed class ServerEventResponseFoundryAgentCallFailed : ServerEvent
    {
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseFoundryAgentCallFailed()
            : base(WireNames.ResponseFoundryAgentCallFailed)
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
    }
}
