using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The encoding of audio the client sends (<c>input_audio_format</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct InputAudioFormat : IEquatable<InputAudioFormat>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public InputAudioFormat(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>pcm16</c>: 16-bit little-endian mono PCM at <c>input_audio_sampling_rate</c> (default 24 kHz); the default.</summary>
        public static InputAudioFormat Pcm16 { get; } = new InputAudioFormat("pcm16");

        /// <summary><c>g711_ulaw</c>: G.711 mu-law at 8 kHz.</summary>
        public static InputAudioFormat G711Ulaw { get; } = new InputAudioFormat("g711_ulaw");

        /// <summary><c>g711_alaw</c>: G.711 A-law at 8 kHz.</summary>
        public static InputAudioFormat G711Alaw { get; } = new InputAudioFormat("g711_alaw");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(InputAudioFormat left, InputAudioFormat right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(InputAudioFormat left, InputAudioFormat right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="InputAudioFormat"/>.</summary>
        public static implicit operator InputAudioFormat(string value) => new InputAudioFormat(value);

        /// <inheritdoc/>
        public bool Equals(InputAudioFormat other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is InputAudioFormat other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<InputAudioFormat>
        {
            protected override InputAudioFormat Create(string value) => new InputAudioFormat(value);
        }
    }
}
