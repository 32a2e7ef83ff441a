namespace VoiceLive
{
    /// <summary>Multilingual semantic end-of-utterance detection (<c>model</c> <c>semantic_detection_v1_multilingual</c>).</summary>
    public sealed class AzureSemanticDetectionMultilingual : SemanticEouDetection
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public AzureSemanticDetectionMultilingual()
            : base("semantic_detection_v1_multilingual")
        {
        }
    }
}
