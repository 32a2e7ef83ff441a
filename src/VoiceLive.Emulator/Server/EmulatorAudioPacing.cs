namespace VoiceLive.Emulator
{
    /// <summary>How fast the emulator streams <c>response.audio.delta</c> (query parameter <c>emulator-pacing</c>, value in brackets).</summary>
    public enum EmulatorAudioPacing
    {
        /// <summary>One chunk per chunk-length of wall time, like the service speaking (<c>realtime</c>).</summary>
        RealTime = 0,

        /// <summary>As fast as the socket takes them, for tests (<c>fast</c>).</summary>
        AsFastAsPossible,
    }
}
