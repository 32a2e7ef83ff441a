using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Semantic end-of-utterance detection for English (<c>model</c> <c>semantic_detection_v1_en</c>).</summary>
    public sealed class AzureSemanticDetectionEn : EouDetection
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public AzureSemanticDetectionEn()
            : base("semantic_detection_v1_en")
        {
        }

        /// <summary>How eagerly the detector ends an utterance (<c>threshold_level</c>).</summary>
        [JsonPropertyName("threshold_level")]
        public EouThresholdLevel? ThresholdLevel { get; set; }

        /// <summary>Milliseconds after which the utterance ends even if the detector is unsure (<c>timeout_ms</c>).</summary>
        [JsonPropertyName("timeout_ms")]
        public int? TimeoutMs { get; set; }
    }
}
