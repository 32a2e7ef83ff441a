namespace VoiceLive
{
    /// <summary>Semantic end-of-utterance detection for English (<c>model</c> <c>semantic_detection_v1_en</c>).</summary>
    public sealed class AzureSemanticDetectionEn : SemanticEouDetection
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public AzureSemanticDetectionEn()
            : base("semantic_detection_v1_en")
        {
        }
    }
}
