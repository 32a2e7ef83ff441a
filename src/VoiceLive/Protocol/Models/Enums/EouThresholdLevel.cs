using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>How eagerly end-of-utterance detection ends a turn (<c>end_of_utterance_detection.threshold_level</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct EouThresholdLevel : IEquatable<EouThresholdLevel>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public EouThresholdLevel(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>low</c>: low threshold.</summary>
        public static EouThresholdLevel Low { get; } = new EouThresholdLevel("low");

        /// <summary><c>medium</c>: medium threshold.</summary>
        public static EouThresholdLevel Medium { get; } = new EouThresholdLevel("medium");

        /// <summary><c>high</c>: high threshold.</summary>
        public static EouThresholdLevel High { get; } = new EouThresholdLevel("high");

        /// <summary><c>default</c>: the service default.</summary>
        public static EouThresholdLevel Default { get; } = new EouThresholdLevel("default");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(EouThresholdLevel left, EouThresholdLevel right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(EouThresholdLevel left, EouThresholdLevel right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="EouThresholdLevel"/>.</summary>
        public static implicit operator EouThresholdLevel(string value) => new EouThresholdLevel(value);

        /// <inheritdoc/>
        public bool Equals(EouThresholdLevel other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is EouThresholdLevel other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<EouThresholdLevel>
        {
            protected override EouThresholdLevel Create(string value) => new EouThresholdLevel(value);
        }
    }
}
