using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>An optional field the service adds to events (<c>include</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct SessionIncludeOption : IEquatable<SessionIncludeOption>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public SessionIncludeOption(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>item.input_audio_transcription.logprobs</c>: log probabilities in input transcription events.</summary>
        public static SessionIncludeOption InputAudioTranscriptionLogprobs { get; } = new SessionIncludeOption("item.input_audio_transcription.logprobs");

        /// <summary><c>item.input_audio_transcription.phrases</c>: phrases with word timings in input transcription events.</summary>
        public static SessionIncludeOption InputAudioTranscriptionPhrases { get; } = new SessionIncludeOption("item.input_audio_transcription.phrases");

        /// <summary><c>file_search_call.results</c>: the results of file search calls.</summary>
        public static SessionIncludeOption FileSearchCallResults { get; } = new SessionIncludeOption("file_search_call.results");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(SessionIncludeOption left, SessionIncludeOption right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(SessionIncludeOption left, SessionIncludeOption right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="SessionIncludeOption"/>.</summary>
        public static implicit operator SessionIncludeOption(string value) => new SessionIncludeOption(value);

        /// <inheritdoc/>
        public bool Equals(SessionIncludeOption other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is SessionIncludeOption other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<SessionIncludeOption>
        {
            protected override SessionIncludeOption Create(string value) => new SessionIncludeOption(value);
        }
    }
}
