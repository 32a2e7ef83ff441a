using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.mcp_call.completed</c>: an MCP tool call finished successfully; its output is on the <c>mcp_call</c> item.
    /// </summary>
    [WireEvent("response.mcp_call.completed", EventGroup.ToolCalls)]
    public sealed class ServerEventResponseMcpCallCompleted : ServerEvent
    {
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseMcpCallCompleted()
            : base(WireNames.ResponseMcpCallCompleted)
        {
        }

        /// <summary>The <c>mcp_call</c> item (<c>item_id</c>).</summary>
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
