using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// Azure semantic voice activity detection: the base of <see cref="AzureSemanticVad"/>, <see cref="AzureSemanticVadEn"/>
    /// and <see cref="AzureSemanticVadMultilingual"/>, adding to <see cref="VadTurnDetection"/> the speech-duration and
    /// filler-word settings that only the semantic VADs accept.
    /// </summary>
    // Only the three semantic VADs derive from it (the constructor is private protected).
    public abstract class AzureSemanticVadTurnDetection : VadTurnDetection
    {
        /// <summary>Initializes the value with its discriminator.</summary>
        /// <param name="type">The wire <c>type</c>.</param>
        private protected AzureSemanticVadTurnDetection(TurnDetectionType type)
            : base(type)
        {
        }

        /// <summary>Milliseconds of speech needed before a turn starts (<c>speech_duration_ms</c>).</summary>
        [JsonPropertyName("speech_duration_ms")]
        public int? SpeechDurationMs { get; set; }

        /// <summary>Whether filler words such as "um" are ignored when detecting speech (<c>remove_filler_words</c>).</summary>
        [JsonPropertyName("remove_filler_words")]
        public bool? RemoveFillerWords { get; set; }
    }
}
