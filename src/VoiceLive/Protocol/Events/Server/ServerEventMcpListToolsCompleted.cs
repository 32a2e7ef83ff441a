using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>mcp_list_tools.completed</c>: the service listed the tools of an MCP server; the <c>mcp_list_tools</c> item holds them.
    /// </summary>
    [WireEvent("mcp_list_tools.completed", EventGroup.ToolCalls)]
    public sealed class ServerEventMcpListToolsCompleted : ServerEvent
    {
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventMcpListToolsCompleted()
            : base(WireNames.McpListToolsCompleted)
        {
        }

        /// <summary>The <c>mcp_list_tools</c> item (<c>item_id</c>) that holds the tool list.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }
    }
}
