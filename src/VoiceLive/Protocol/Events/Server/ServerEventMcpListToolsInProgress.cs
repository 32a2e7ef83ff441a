using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>mcp_list_tools.in_progress</c>: the service started listing the tools of an MCP server configured on the session.
    /// </summary>
    [WireEvent("mcp_list_tools.in_progress", EventGroup.ToolCalls)]
    public sealed class ServerEventMcpListToolsInProgress : ServerEvent
    {
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventMcpListToolsInProgress()
            : base(WireNames.McpListToolsInProgress)
        {
        }

        /// <summary>The <c>mcp_list_tools</c> item (<c>item_id</c>) that will hold the tool list.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }
    }
}
