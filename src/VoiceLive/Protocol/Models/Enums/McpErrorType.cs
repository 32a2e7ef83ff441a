using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The kind of a failed MCP tool call's error (<c>error.type</c> of an <c>mcp_call</c> item). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct McpErrorType : IEquatable<McpErrorType>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public McpErrorType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>protocol_error</c>: the MCP server answered outside the protocol.</summary>
        public static McpErrorType ProtocolError { get; } = new McpErrorType("protocol_error");

        /// <summary><c>tool_execution_error</c>: the tool ran and failed.</summary>
        public static McpErrorType ToolExecutionError { get; } = new McpErrorType("tool_execution_error");

        /// <summary><c>http_error</c>: the MCP server answered with an HTTP error.</summary>
        public static McpErrorType HttpError { get; } = new McpErrorType("http_error");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(McpErrorType left, McpErrorType right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(McpErrorType left, McpErrorType right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="McpErrorType"/>.</summary>
        public static implicit operator McpErrorType(string value) => new McpErrorType(value);

        /// <inheritdoc/>
        public bool Equals(McpErrorType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is McpErrorType other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<McpErrorType>
        {
            protected override McpErrorType Create(string value) => new McpErrorType(value);
        }
    }
}
