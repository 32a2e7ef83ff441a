using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>
    /// Which MCP tool calls need the client's approval (<c>require_approval</c> of an <see cref="McpServer"/>): either
    /// one rule for every tool (<see cref="McpApprovalType.Never"/> or <see cref="McpApprovalType.Always"/>, a string on
    /// the wire; <c>RequireApproval = McpApprovalType.Never</c> works through the implicit conversion), or per-tool lists
    /// (<see cref="PerTool"/>, the object <c>{"never":[…],"always":[…]}</c>).
    /// </summary>
    [JsonConverter(typeof(McpApprovalPolicyConverter))]
    public sealed class McpApprovalPolicy
    {
        /// <summary>Creates one rule for every tool.</summary>
        /// <param name="type">The rule.</param>
        public McpApprovalPolicy(McpApprovalType type)
        {
            Type = type;
        }

        private McpApprovalPolicy(IEnumerable<string>? neverTools, IEnumerable<string>? alwaysTools)
        {
            NeverTools = neverTools?.ToArray();
            AlwaysTools = alwaysTools?.ToArray();
        }

        /// <summary>The rule for every tool, when this policy is a single rule.</summary>
        public McpApprovalType? Type { get; }

        /// <summary>Tools that run without approval (<c>never</c>), when this policy lists tools.</summary>
        public IReadOnlyList<string>? NeverTools { get; }

        /// <summary>Tools that always need approval (<c>always</c>), when this policy lists tools.</summary>
        public IReadOnlyList<string>? AlwaysTools { get; }

        /// <summary>Creates a per-tool policy.</summary>
        /// <param name="never">Tools that run without approval, sent as <c>never</c>; null to leave the list out.</param>
        /// <param name="always">Tools that always need approval, sent as <c>always</c>; null to leave the list out.</param>
        /// <returns>The policy.</returns>
        public static McpApprovalPolicy PerTool(IEnumerable<string>? never = null, IEnumerable<string>? always = null)
            => new McpApprovalPolicy(never, always);

        /// <summary>Converts a rule for every tool to a policy.</summary>
        /// <param name="type">The rule.</param>
        public static implicit operator McpApprovalPolicy(McpApprovalType type) => new McpApprovalPolicy(type);

        /// <summary>The rule, or the per-tool lists.</summary>
        /// <returns>A short description.</returns>
        public override string ToString()
            => Type?.ToString() ?? "never: [" + string.Join(", ", NeverTools ?? Array.Empty<string>()) + "], always: ["
                + string.Join(", ", AlwaysTools ?? Array.Empty<string>()) + "]";
    }
}
