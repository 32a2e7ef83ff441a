using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The service asks whether an MCP call may run (<c>type</c> <c>mcp_approval_request</c>); answer with an <see cref="McpApprovalResponseRequestItem"/>.</summary>
    public sealed class ResponseMcpApprovalRequestItem : ResponseItem
    {
        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public ResponseMcpApprovalRequestItem()
            : base(ItemType.McpApprovalRequest)
        {
        }

        /// <summary>The call's arguments as a JSON string (<c>arguments</c>).</summary>
        [JsonPropertyName("arguments")]
        public string? Arguments { get; set; }

        /// <summary>The tool's name (<c>name</c>).</summary>
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;

        /// <summary>The MCP server's label (<c>server_label</c>).</summary>
        [JsonPropertyName("server_label")]
        public string ServerLabel { get; set; } = string.Empty;
    }
}
