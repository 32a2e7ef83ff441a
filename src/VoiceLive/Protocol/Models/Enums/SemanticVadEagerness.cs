using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>How eagerly OpenAI semantic turn detection ends the user's turn (<c>eagerness</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct SemanticVadEagerness : IEquatable<SemanticVadEagerness>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public SemanticVadEagerness(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>low</c>: waits longest, letting the user take their time.</summary>
        public static SemanticVadEagerness Low { get; } = new SemanticVadEagerness("low");

        /// <summary><c>medium</c>: a balance of latency and patience.</summary>
        public static SemanticVadEagerness Medium { get; } = new SemanticVadEagerness("medium");

        /// <summary><c>high</c>: ends the turn as soon as possible.</summary>
        public static SemanticVadEagerness High { get; } = new SemanticVadEagerness("high");

        /// <summary><c>auto</c>: the service's default (medium).</summary>
        public static SemanticVadEagerness Auto { get; } = new SemanticVadEagerness("auto");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(SemanticVadEagerness left, SemanticVadEagerness right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(SemanticVadEagerness left, SemanticVadEagerness right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="SemanticVadEagerness"/>.</summary>
        public static implicit operator SemanticVadEagerness(string value) => new SemanticVadEagerness(value);

        /// <inheritdoc/>
        public bool Equals(SemanticVadEagerness other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is SemanticVadEagerness other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<SemanticVadEagerness>
        {
            protected override SemanticVadEagerness Create(string value) => new SemanticVadEagerness(value);
        }
    }
}
