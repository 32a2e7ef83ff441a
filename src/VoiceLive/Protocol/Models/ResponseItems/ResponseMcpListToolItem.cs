using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>The tools an MCP server offers (<c>type</c> <c>mcp_list_tools</c>).</summary>
    public sealed class ResponseMcpListToolItem : ResponseItem
    {
        private IList<McpTool> _tools = new OptionalList<McpTool>();

        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public ResponseMcpListToolItem()
            : base(ItemType.McpListTools)
        {
        }

        /// <summary>The tools (<c>tools</c>).</summary>
        [JsonPropertyName("tools")]
        public IList<McpTool> Tools
        {
            get => _tools;
            set => _tools = value ?? new OptionalList<McpTool>();
        }

        /// <summary>The MCP server's label (<c>server_label</c>).</summary>
        [JsonPropertyName("server_label")]
        public string ServerLabel { get; set; } = string.Empty;
    }
}
