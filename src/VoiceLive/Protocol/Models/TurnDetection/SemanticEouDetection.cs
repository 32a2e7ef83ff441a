using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// A semantic end-of-utterance detector the service offers: the base of <see cref="AzureSemanticDetection"/>,
    /// <see cref="AzureSemanticDetectionEn"/>, <see cref="AzureSemanticDetectionMultilingual"/> and
    /// <see cref="SmartEndOfTurnDetection"/>, holding the tuning (<c>threshold_level</c>, <c>timeout_ms</c>) they all accept.
    /// </summary>
    // Only the known detectors derive from it (the constructor is private protected); UnknownEouDetection does not, since
    // it carries raw JSON rather than these settings.
    public abstract class SemanticEouDetection : EouDetection
    {
        /// <summary>Initializes the value with its discriminator.</summary>
        /// <param name="model">The wire <c>model</c>.</param>
        private protected SemanticEouDetection(string model)
            : base(model)
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
