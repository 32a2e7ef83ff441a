using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The client's answer to an MCP approval request (<c>type</c> <c>mcp_approval_response</c>).</summary>
    public sealed class McpApprovalResponseRequestItem : ConversationRequestItem
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public McpApprovalResponseRequestItem()
            : base(ItemType.McpApprovalResponse)
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="approvalRequestId">The id of the <c>mcp_approval_request</c> item this answers (<c>approval_request_id</c>).</param>
        /// <param name="approve">Whether the call may run (<c>approve</c>).</param>
        public McpApprovalResponseRequestItem(string approvalRequestId, bool approve)
            : base(ItemType.McpApprovalResponse)
        {
            ApprovalRequestId = approvalRequestId ?? throw new ArgumentNullException(nameof(approvalRequestId));
            Approve = approve;
        }

        /// <summary>The id of the <c>mcp_approval_request</c> item this answers (<c>approval_request_id</c>).</summary>
        [JsonPropertyName("approval_request_id")]
        public string ApprovalRequestId { get; set; } = string.Empty;

        /// <summary>Whether the call may run (<c>approve</c>).</summary>
        [JsonPropertyName("approve")]
        public bool Approve { get; set; }
    }
}
