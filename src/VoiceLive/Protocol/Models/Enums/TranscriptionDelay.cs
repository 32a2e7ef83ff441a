using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>How long the transcription model waits before emitting text (<c>delay</c>, <c>gpt-realtime-whisper</c> only): more delay, better accuracy. Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct TranscriptionDelay : IEquatable<TranscriptionDelay>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public TranscriptionDelay(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>minimal</c>: the least delay.</summary>
        public static TranscriptionDelay Minimal { get; } = new TranscriptionDelay("minimal");

        /// <summary><c>low</c>: low delay.</summary>
        public static TranscriptionDelay Low { get; } = new TranscriptionDelay("low");

        /// <summary><c>medium</c>: medium delay.</summary>
        public static TranscriptionDelay Medium { get; } = new TranscriptionDelay("medium");

        /// <summary><c>high</c>: high delay.</summary>
        public static TranscriptionDelay High { get; } = new TranscriptionDelay("high");

        /// <summary><c>xhigh</c>: the most delay and the best accuracy.</summary>
        public static TranscriptionDelay XHigh { get; } = new TranscriptionDelay("xhigh");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(TranscriptionDelay left, TranscriptionDelay right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(TranscriptionDelay left, TranscriptionDelay right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="TranscriptionDelay"/>.</summary>
        public static implicit operator TranscriptionDelay(string value) => new TranscriptionDelay(value);

        /// <inheritdoc/>
        public bool Equals(TranscriptionDelay other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is TranscriptionDelay other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<TranscriptionDelay>
        {
            protected override TranscriptionDelay Create(string value) => new TranscriptionDelay(value);
        }
    }
}
