using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Semantic end-of-utterance detection (<c>model</c> <c>semantic_detection_v1</c>).</summary>
    public sealed class AzureSemanticDetection : EouDetection
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public AzureSemanticDetection()
            : base("semantic_detection_v1")
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
