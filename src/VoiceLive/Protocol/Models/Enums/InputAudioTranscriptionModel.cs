using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The model that transcribes input audio (<c>input_audio_transcription.model</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct InputAudioTranscriptionModel : IEquatable<InputAudioTranscriptionModel>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public InputAudioTranscriptionModel(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>whisper-1</c>: OpenAI Whisper (gpt-realtime models only).</summary>
        public static InputAudioTranscriptionModel Whisper1 { get; } = new InputAudioTranscriptionModel("whisper-1");

        /// <summary><c>gpt-4o-transcribe</c>: OpenAI gpt-4o-transcribe (gpt-realtime models only).</summary>
        public static InputAudioTranscriptionModel Gpt4oTranscribe { get; } = new InputAudioTranscriptionModel("gpt-4o-transcribe");

        /// <summary><c>gpt-4o-mini-transcribe</c>: OpenAI gpt-4o-mini-transcribe (gpt-realtime models only).</summary>
        public static InputAudioTranscriptionModel Gpt4oMiniTranscribe { get; } = new InputAudioTranscriptionModel("gpt-4o-mini-transcribe");

        /// <summary><c>gpt-4o-transcribe-diarize</c>: OpenAI gpt-4o-transcribe-diarize (gpt-realtime models only).</summary>
        public static InputAudioTranscriptionModel Gpt4oTranscribeDiarize { get; } = new InputAudioTranscriptionModel("gpt-4o-transcribe-diarize");

        /// <summary><c>mai-transcribe</c>: the latest MAI transcription model.</summary>
        public static InputAudioTranscriptionModel MaiTranscribe { get; } = new InputAudioTranscriptionModel("mai-transcribe");

        /// <summary><c>mai-transcribe-1</c>: MAI transcribe 1.</summary>
        public static InputAudioTranscriptionModel MaiTranscribe1 { get; } = new InputAudioTranscriptionModel("mai-transcribe-1");

        /// <summary><c>mai-transcribe-2</c>: MAI transcribe 2.</summary>
        public static InputAudioTranscriptionModel MaiTranscribe2 { get; } = new InputAudioTranscriptionModel("mai-transcribe-2");

        /// <summary><c>gpt-realtime-whisper</c>: streaming Whisper for realtime sessions (api-version <c>v1</c>); supports <c>delay</c>, not <c>prompt</c>, and no turn detection in transcription sessions.</summary>
        public static InputAudioTranscriptionModel GptRealtimeWhisper { get; } = new InputAudioTranscriptionModel("gpt-realtime-whisper");

        /// <summary><c>gpt-4o-mini-transcribe-2025-12-15</c>: the December 2025 snapshot of gpt-4o-mini-transcribe.</summary>
        public static InputAudioTranscriptionModel Gpt4oMiniTranscribe20251215 { get; } = new InputAudioTranscriptionModel("gpt-4o-mini-transcribe-2025-12-15");

        /// <summary><c>azure-speech</c>: Azure Speech recognition (supports <c>custom_speech</c> and <c>phrase_list</c>).</summary>
        public static InputAudioTranscriptionModel AzureSpeech { get; } = new InputAudioTranscriptionModel("azure-speech");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(InputAudioTranscriptionModel left, InputAudioTranscriptionModel right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(InputAudioTranscriptionModel left, InputAudioTranscriptionModel right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="InputAudioTranscriptionModel"/>.</summary>
        public static implicit operator InputAudioTranscriptionModel(string value) => new InputAudioTranscriptionModel(value);

        /// <inheritdoc/>
        public bool Equals(InputAudioTranscriptionModel other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is InputAudioTranscriptionModel other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<InputAudioTranscriptionModel>
        {
            protected override InputAudioTranscriptionModel Create(string value) => new InputAudioTranscriptionModel(value);
        }
    }
}
