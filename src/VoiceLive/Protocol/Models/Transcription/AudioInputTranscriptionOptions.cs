using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>Transcription of the user's audio (<c>input_audio_transcription</c>).</summary>
    public sealed class AudioInputTranscriptionOptions
    {
        private IDictionary<string, string> _customSpeech = new OptionalDictionary<string, string>();
        private IList<string> _phraseList = new OptionalList<string>();

        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public AudioInputTranscriptionOptions()
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="model">The transcription model (<c>model</c>).</param>
        public AudioInputTranscriptionOptions(InputAudioTranscriptionModel model)
        {
            Model = model;
        }

        /// <summary>
        /// The setting switched off: a session property holding this instance is written as <c>null</c>, which turns the
        /// feature off, and a session the service reports with <c>null</c> holds it. Its own properties are never sent.
        /// Compare by reference or with <see cref="IsDisabled"/>.
        /// </summary>
        public static AudioInputTranscriptionOptions Disabled { get; } = new AudioInputTranscriptionOptions();

        /// <summary>True for <see cref="Disabled"/>.</summary>
        [JsonIgnore]
        public bool IsDisabled => ReferenceEquals(this, Disabled);

        /// <summary>The transcription model (<c>model</c>).</summary>
        [JsonPropertyName("model")]
        public InputAudioTranscriptionModel Model { get; set; }

        /// <summary>The expected language (<c>language</c>), for example <c>en</c> or <c>en-US</c>.</summary>
        [JsonPropertyName("language")]
        public string? Language { get; set; }

        /// <summary>Custom speech models by locale (<c>custom_speech</c>; azure-speech). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("custom_speech")]
        public IDictionary<string, string> CustomSpeech
        {
            get => _customSpeech;
            set => _customSpeech = value ?? new OptionalDictionary<string, string>();
        }

        /// <summary>Phrases that bias recognition (<c>phrase_list</c>; azure-speech and mai-transcribe). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("phrase_list")]
        public IList<string> PhraseList
        {
            get => _phraseList;
            set => _phraseList = value ?? new OptionalList<string>();
        }

        /// <summary>A prompt that guides OpenAI transcription models (<c>prompt</c>; documented, not in the spec).</summary>
        [JsonPropertyName("prompt")]
        public string? Prompt { get; set; }

        /// <summary>How long the model waits before emitting text (<c>delay</c>): more delay, better accuracy. Only <c>gpt-realtime-whisper</c> under api-version <c>v1</c> takes it.</summary>
        [JsonPropertyName("delay")]
        public TranscriptionDelay? Delay { get; set; }
    }
}
