using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The kind of input noise reduction (<c>input_audio_noise_reduction.type</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct NoiseReductionType : IEquatable<NoiseReductionType>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public NoiseReductionType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>azure_deep_noise_suppression</c>: Azure deep noise suppression.</summary>
        public static NoiseReductionType AzureDeepNoiseSuppression { get; } = new NoiseReductionType("azure_deep_noise_suppression");

        /// <summary><c>near_field</c>: OpenAI near-field noise reduction (gpt-realtime models only).</summary>
        public static NoiseReductionType NearField { get; } = new NoiseReductionType("near_field");

        /// <summary><c>far_field</c>: OpenAI far-field noise reduction (gpt-realtime models only).</summary>
        public static NoiseReductionType FarField { get; } = new NoiseReductionType("far_field");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(NoiseReductionType left, NoiseReductionType right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(NoiseReductionType left, NoiseReductionType right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="NoiseReductionType"/>.</summary>
        public static implicit operator NoiseReductionType(string value) => new NoiseReductionType(value);

        /// <inheritdoc/>
        public bool Equals(NoiseReductionType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is NoiseReductionType other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<NoiseReductionType>
        {
            protected override NoiseReductionType Create(string value) => new NoiseReductionType(value);
        }
    }
}
