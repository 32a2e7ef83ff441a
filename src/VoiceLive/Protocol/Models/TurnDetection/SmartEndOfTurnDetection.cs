namespace VoiceLive
{
    /// <summary>Smart end-of-turn detection (<c>model</c> <c>smart_end_of_turn_detection</c>; preview).</summary>
    public sealed class SmartEndOfTurnDetection : SemanticEouDetection
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public SmartEndOfTurnDetection()
            : base("smart_end_of_turn_detection")
        {
        }
    }
}
