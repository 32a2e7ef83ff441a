namespace VoiceLive
{
    /// <summary>The sample encodings a <see cref="WavAudio"/> can hold; they match the service's audio formats.</summary>
    public enum WavEncoding
    {
        /// <summary>Linear PCM, 16-bit little-endian (WAV format tag 1); the service's <c>pcm16</c>.</summary>
        Pcm16 = 1,

        /// <summary>G.711 A-law (WAV format tag 6); the service's <c>g711_alaw</c>.</summary>
        ALaw = 6,

        /// <summary>G.711 mu-law (WAV format tag 7); the service's <c>g711_ulaw</c>.</summary>
        MuLaw = 7,
    }
}
