using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The encoding of audio the service sends (<c>output_audio_format</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct OutputAudioFormat : IEquatable<OutputAudioFormat>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public OutputAudioFormat(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>pcm16</c>: 16-bit little-endian mono PCM at 24 kHz; the default.</summary>
        public static OutputAudioFormat Pcm16 { get; } = new OutputAudioFormat("pcm16");

        /// <summary><c>pcm16_8000hz</c>: 16-bit PCM at 8 kHz.</summary>
        public static OutputAudioFormat Pcm16At8000Hz { get; } = new OutputAudioFormat("pcm16_8000hz");

        /// <summary><c>pcm16_16000hz</c>: 16-bit PCM at 16 kHz.</summary>
        public static OutputAudioFormat Pcm16At16000Hz { get; } = new OutputAudioFormat("pcm16_16000hz");

        /// <summary><c>g711_ulaw</c>: G.711 mu-law at 8 kHz.</summary>
        public static OutputAudioFormat G711Ulaw { get; } = new OutputAudioFormat("g711_ulaw");

        /// <summary><c>g711_alaw</c>: G.711 A-law at 8 kHz.</summary>
        public static OutputAudioFormat G711Alaw { get; } = new OutputAudioFormat("g711_alaw");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(OutputAudioFormat left, OutputAudioFormat right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(OutputAudioFormat left, OutputAudioFormat right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="OutputAudioFormat"/>.</summary>
        public static implicit operator OutputAudioFormat(string value) => new OutputAudioFormat(value);

        /// <inheritdoc/>
        public bool Equals(OutputAudioFormat other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is OutputAudioFormat other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<OutputAudioFormat>
        {
            protected override OutputAudioFormat Create(string value) => new OutputAudioFormat(value);
        }
    }
}
