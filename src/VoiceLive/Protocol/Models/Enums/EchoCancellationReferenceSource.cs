using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>Where the echo canceller gets the reference (played-back) signal (<c>input_audio_echo_cancellation.reference_source</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct EchoCancellationReferenceSource : IEquatable<EchoCancellationReferenceSource>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public EchoCancellationReferenceSource(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>server</c>: the service uses the audio it sent; pair with 1 channel. The default.</summary>
        public static EchoCancellationReferenceSource Server { get; } = new EchoCancellationReferenceSource("server");

        /// <summary><c>client</c>: the client sends the reference as the second channel of interleaved stereo input; pair with 2 channels.</summary>
        public static EchoCancellationReferenceSource Client { get; } = new EchoCancellationReferenceSource("client");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(EchoCancellationReferenceSource left, EchoCancellationReferenceSource right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(EchoCancellationReferenceSource left, EchoCancellationReferenceSource right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="EchoCancellationReferenceSource"/>.</summary>
        public static implicit operator EchoCancellationReferenceSource(string value) => new EchoCancellationReferenceSource(value);

        /// <inheritdoc/>
        public bool Equals(EchoCancellationReferenceSource other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is EchoCancellationReferenceSource other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<EchoCancellationReferenceSource>
        {
            protected override EchoCancellationReferenceSource Create(string value) => new EchoCancellationReferenceSource(value);
        }
    }
}
