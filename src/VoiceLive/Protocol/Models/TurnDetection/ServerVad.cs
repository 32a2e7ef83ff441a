namespace VoiceLive
{
    /// <summary>Turn detection on silence (<c>type</c> <c>server_vad</c>).</summary>
    public sealed class ServerVad : VadTurnDetection
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public ServerVad()
            : base(TurnDetectionType.ServerVad)
        {
        }
    }
}
