namespace VoiceLive
{
    /// <summary>Azure semantic voice activity detection for English (<c>type</c> <c>azure_semantic_vad_en</c>).</summary>
    public sealed class AzureSemanticVadEn : AzureSemanticVadTurnDetection
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public AzureSemanticVadEn()
            : base(TurnDetectionType.AzureSemanticVadEn)
        {
        }
    }
}
