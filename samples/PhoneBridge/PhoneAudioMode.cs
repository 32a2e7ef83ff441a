namespace VoiceLive.Samples.PhoneBridge
{
    /// <summary>How the bridge carries call audio to and from Voice Live.</summary>
    public enum PhoneAudioMode
    {
        /// <summary>The phone's 8 kHz μ-law goes to the session as <c>g711_ulaw</c> and comes back the same way: no conversion.</summary>
        MuLawPassThrough,

        /// <summary>The bridge decodes and resamples to 24 kHz <c>pcm16</c> (and back), for models or pipelines that want PCM.</summary>
        Pcm16Resampling,
    }
}
