using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>An answer to an MCP approval request, as the service reports it (<c>type</c> <c>mcp_approval_response</c>).</summary>
    public sealed class ResponseMcpApprovalResponseItem : ResponseItem
    {
        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public ResponseMcpApprovalResponseItem()
            : base(ItemType.McpApprovalResponse)
        {
        }

        /// <summary>The request answered (<c>approval_request_id</c>).</summary>
        [JsonPropertyName("approval_request_id")]
        public string ApprovalRequestId { get; set; } = string.Empty;

        /// <summary>Whether the call was approved (<c>approve</c>).</summary>
        [JsonPropertyName("approve")]
        public bool Approve { get; set; }

        /// <summary>The reason given (<c>reason</c>).</summary>
        [JsonPropertyName("reason")]
        public string? Reason { get; set; }
    }
}
