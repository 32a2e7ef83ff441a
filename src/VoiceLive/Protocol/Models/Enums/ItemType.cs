using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The kind of a conversation item (<c>item.type</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct ItemType : IEquatable<ItemType>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public ItemType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>message</c>: a message with content parts.</summary>
        public static ItemType Message { get; } = new ItemType("message");

        /// <summary><c>item_reference</c>: a reference to an item already in the conversation (api-version <c>v1</c>).</summary>
        public static ItemType ItemReference { get; } = new ItemType("item_reference");

        /// <summary><c>function_call</c>: a call of a client function.</summary>
        public static ItemType FunctionCall { get; } = new ItemType("function_call");

        /// <summary><c>function_call_output</c>: the client's result of a function call.</summary>
        public static ItemType FunctionCallOutput { get; } = new ItemType("function_call_output");

        /// <summary><c>mcp_list_tools</c>: the tools an MCP server offers.</summary>
        public static ItemType McpListTools { get; } = new ItemType("mcp_list_tools");

        /// <summary><c>mcp_call</c>: a call of an MCP tool.</summary>
        public static ItemType McpCall { get; } = new ItemType("mcp_call");

        /// <summary><c>mcp_approval_request</c>: the service asks the client to approve an MCP call.</summary>
        public static ItemType McpApprovalRequest { get; } = new ItemType("mcp_approval_request");

        /// <summary><c>mcp_approval_response</c>: the client's answer to an approval request.</summary>
        public static ItemType McpApprovalResponse { get; } = new ItemType("mcp_approval_response");

        /// <summary><c>web_search_call</c>: a web search.</summary>
        public static ItemType WebSearchCall { get; } = new ItemType("web_search_call");

        /// <summary><c>file_search_call</c>: a file search.</summary>
        public static ItemType FileSearchCall { get; } = new ItemType("file_search_call");

        /// <summary><c>foundry_agent_call</c>: a call of a Foundry agent tool (preview).</summary>
        public static ItemType FoundryAgentCall { get; } = new ItemType("foundry_agent_call");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(ItemType left, ItemType right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(ItemType left, ItemType right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="ItemType"/>.</summary>
        public static implicit operator ItemType(string value) => new ItemType(value);

        /// <inheritdoc/>
        public bool Equals(ItemType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is ItemType other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<ItemType>
        {
            protected override ItemType Create(string value) => new ItemType(value);
        }
    }
}
