using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The kind of a tool (<c>tools[].type</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct ToolType : IEquatable<ToolType>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public ToolType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>function</c>: a function the client implements.</summary>
        public static ToolType Function { get; } = new ToolType("function");

        /// <summary><c>mcp</c>: a remote MCP server the service calls.</summary>
        public static ToolType Mcp { get; } = new ToolType("mcp");

        /// <summary><c>foundry_agent</c>: a Microsoft Foundry agent the service calls (preview).</summary>
        public static ToolType FoundryAgent { get; } = new ToolType("foundry_agent");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(ToolType left, ToolType right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(ToolType left, ToolType right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="ToolType"/>.</summary>
        public static implicit operator ToolType(string value) => new ToolType(value);

        /// <inheritdoc/>
        public bool Equals(ToolType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is ToolType other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<ToolType>
        {
            protected override ToolType Create(string value) => new ToolType(value);
        }
    }
}
