namespace VoiceLive
{
    /// <summary>Semantic end-of-utterance detection (<c>model</c> <c>semantic_detection_v1</c>).</summary>
    public sealed class AzureSemanticDetection : SemanticEouDetection
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public AzureSemanticDetection()
            : base("semantic_detection_v1")
        {
        }
    }
}
