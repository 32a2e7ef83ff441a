using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Smart end-of-turn detection (<c>model</c> <c>smart_end_of_turn_detection</c>; preview).</summary>
    public sealed class SmartEndOfTurnDetection : EouDetection
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public SmartEndOfTurnDetection()
            : base("smart_end_of_turn_detection")
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
