using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>A tool choice given as a keyword (<c>tool_choice</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct ToolChoiceLiteral : IEquatable<ToolChoiceLiteral>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public ToolChoiceLiteral(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>auto</c>: the model decides whether to call a tool.</summary>
        public static ToolChoiceLiteral Auto { get; } = new ToolChoiceLiteral("auto");

        /// <summary><c>none</c>: the model does not call tools.</summary>
        public static ToolChoiceLiteral None { get; } = new ToolChoiceLiteral("none");

        /// <summary><c>required</c>: the model must call a tool.</summary>
        public static ToolChoiceLiteral Required { get; } = new ToolChoiceLiteral("required");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(ToolChoiceLiteral left, ToolChoiceLiteral right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(ToolChoiceLiteral left, ToolChoiceLiteral right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="ToolChoiceLiteral"/>.</summary>
        public static implicit operator ToolChoiceLiteral(string value) => new ToolChoiceLiteral(value);

        /// <inheritdoc/>
        public bool Equals(ToolChoiceLiteral other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is ToolChoiceLiteral other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<ToolChoiceLiteral>
        {
            protected override ToolChoiceLiteral Create(string value) => new ToolChoiceLiteral(value);
        }
    }
}
