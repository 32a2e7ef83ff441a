using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Azure multilingual semantic voice activity detection (<c>type</c> <c>azure_semantic_vad_multilingual</c>).</summary>
    public sealed class AzureSemanticVadMultilingual : TurnDetection
    {
        private IList<string> _languages = new OptionalList<string>();

        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public AzureSemanticVadMultilingual()
            : base(TurnDetectionType.AzureSemanticVadMultilingual)
        {
        }

        /// <summary>Activation threshold, 0.0 to 1.0 (<c>threshold</c>); higher needs louder speech. Service default 0.5.</summary>
        [JsonPropertyName("threshold")]
        public double? Threshold { get; set; }

        /// <summary>Milliseconds of audio before detected speech that are kept (<c>prefix_padding_ms</c>).</summary>
        [JsonPropertyName("prefix_padding_ms")]
        public int? PrefixPaddingMs { get; set; }

        /// <summary>Milliseconds of silence that end a turn (<c>silence_duration_ms</c>). Service default 500.</summary>
        [JsonPropertyName("silence_duration_ms")]
        public int? SilenceDurationMs { get; set; }

        /// <summary>Semantic end-of-utterance detection that refines when a turn ends (<c>end_of_utterance_detection</c>).</summary>
        [JsonPropertyName("end_of_utterance_detection")]
        public EouDetection? EndOfUtteranceDetection { get; set; }

        /// <summary>Milliseconds of speech needed before a turn starts (<c>speech_duration_ms</c>).</summary>
        [JsonPropertyName("speech_duration_ms")]
        public int? SpeechDurationMs { get; set; }

        /// <summary>Whether filler words such as "um" are ignored when detecting speech (<c>remove_filler_words</c>).</summary>
        [JsonPropertyName("remove_filler_words")]
        public bool? RemoveFillerWords { get; set; }

        /// <summary>Languages to expect, for example <c>en</c> or <c>fr</c> (<c>languages</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("languages")]
        public IList<string> Languages
        {
            get => _languages;
            set => _languages = value ?? new OptionalList<string>();
        }

        /// <summary>Whether the assistant's item is truncated to what was played when the user interrupts (<c>auto_truncate</c>).</summary>
        [JsonPropertyName("auto_truncate")]
        public bool? AutoTruncate { get; set; }

        /// <summary>Whether the service creates a response when a turn ends (<c>create_response</c>); the service defaults to true.</summary>
        [JsonPropertyName("create_response")]
        public bool? CreateResponse { get; set; }

        /// <summary>Whether user speech cancels the response in progress (<c>interrupt_response</c>); the service defaults to true.</summary>
        [JsonPropertyName("interrupt_response")]
        public bool? InterruptResponse { get; set; }
    }
}
