using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>A kind of timestamp the service sends with output audio (<c>output_audio_timestamp_types</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct AudioTimestampType : IEquatable<AudioTimestampType>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public AudioTimestampType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>word</c>: word timestamps (<c>response.audio_timestamp.*</c> events).</summary>
        public static AudioTimestampType Word { get; } = new AudioTimestampType("word");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(AudioTimestampType left, AudioTimestampType right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(AudioTimestampType left, AudioTimestampType right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="AudioTimestampType"/>.</summary>
        public static implicit operator AudioTimestampType(string value) => new AudioTimestampType(value);

        /// <inheritdoc/>
        public bool Equals(AudioTimestampType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is AudioTimestampType other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<AudioTimestampType>
        {
            protected override AudioTimestampType Create(string value) => new AudioTimestampType(value);
        }
    }
}
