using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// Turn detection driven by voice activity detection on the input audio: the base of <see cref="ServerVad"/> and the
    /// Azure semantic VADs (<see cref="AzureSemanticVadTurnDetection"/>), holding the speech threshold, padding, silence
    /// timing and turn-handling switches they all send. Test for it with <c>turnDetection is VadTurnDetection</c> to tune
    /// those whichever VAD a session uses.
    /// </summary>
    // Only this library's VAD types derive from it (the constructor is private protected); each is still written and
    // read through its own generated contract, which includes these inherited properties. System.Text.Json writes a
    // derived type's own properties before inherited ones, so the JsonPropertyOrder values keep the field order these
    // types always had: the detection settings here (-1), the semantic VAD's own settings (0), languages (1), then the
    // turn-handling switches here (2).
    public abstract class VadTurnDetection : TurnDetection
    {
        /// <summary>Initializes the value with its discriminator.</summary>
        /// <param name="type">The wire <c>type</c>.</param>
        private protected VadTurnDetection(TurnDetectionType type)
            : base(type)
        {
        }

        /// <summary>Activation threshold, 0.0 to 1.0 (<c>threshold</c>); higher needs louder speech. Service default 0.5.</summary>
        [JsonPropertyName("threshold")]
        [JsonPropertyOrder(-1)]
        public double? Threshold { get; set; }

        /// <summary>Milliseconds of audio before detected speech that are kept (<c>prefix_padding_ms</c>).</summary>
        [JsonPropertyName("prefix_padding_ms")]
        [JsonPropertyOrder(-1)]
        public int? PrefixPaddingMs { get; set; }

        /// <summary>Milliseconds of silence that end a turn (<c>silence_duration_ms</c>). Service default 500.</summary>
        [JsonPropertyName("silence_duration_ms")]
        [JsonPropertyOrder(-1)]
        public int? SilenceDurationMs { get; set; }

        /// <summary>Semantic end-of-utterance detection that refines when a turn ends (<c>end_of_utterance_detection</c>).</summary>
        [JsonPropertyName("end_of_utterance_detection")]
        [JsonPropertyOrder(-1)]
        public EouDetection? EndOfUtteranceDetection { get; set; }

        /// <summary>Whether the assistant's item is truncated to what was played when the user interrupts (<c>auto_truncate</c>).</summary>
        [JsonPropertyName("auto_truncate")]
        [JsonPropertyOrder(2)]
        public bool? AutoTruncate { get; set; }

        /// <summary>Whether the service creates a response when a turn ends (<c>create_response</c>); the service defaults to true.</summary>
        [JsonPropertyName("create_response")]
        [JsonPropertyOrder(2)]
        public bool? CreateResponse { get; set; }

        /// <summary>Whether user speech cancels the response in progress (<c>interrupt_response</c>); the service defaults to true.</summary>
        [JsonPropertyName("interrupt_response")]
        [JsonPropertyOrder(2)]
        public bool? InterruptResponse { get; set; }
    }
}
