using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>Whether calls to MCP tools need the client's approval (<c>require_approval</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct McpApprovalType : IEquatable<McpApprovalType>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public McpApprovalType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>never</c>: calls run without approval.</summary>
        public static McpApprovalType Never { get; } = new McpApprovalType("never");

        /// <summary><c>always</c>: every call waits for an <c>mcp_approval_response</c> item; the default.</summary>
        public static McpApprovalType Always { get; } = new McpApprovalType("always");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(McpApprovalType left, McpApprovalType right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(McpApprovalType left, McpApprovalType right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="McpApprovalType"/>.</summary>
        public static implicit operator McpApprovalType(string value) => new McpApprovalType(value);

        /// <inheritdoc/>
        public bool Equals(McpApprovalType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is McpApprovalType other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<McpApprovalType>
        {
            protected override McpApprovalType Create(string value) => new McpApprovalType(value);
        }
    }
}
