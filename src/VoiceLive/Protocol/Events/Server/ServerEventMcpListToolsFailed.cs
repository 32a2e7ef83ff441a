using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>mcp_list_tools.failed</c>: the service could not list the tools of an MCP server.
    /// </summary>
    [WireEvent("mcp_list_tools.failed", EventGroup.ToolCalls)]
    public sealed class ServerEventMcpListToolsFailed : ServerEvent
    {
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventMcpListToolsFailed()
            : base(WireNames.McpListToolsFailed)
        {
        }

        /// <summary>The <c>mcp_list_tools</c> item (<c>item_id</c>) whose listing failed.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }
    }
}
