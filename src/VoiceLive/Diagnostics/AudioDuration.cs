namespace VoiceLive.Diagnostics
{
    /// <summary>Bytes of audio per second for the wire formats, so byte counts become seconds of audio.</summary>
    internal static class AudioDuration
    {
        // Protocol: pcm16 is 16-bit mono at 24 kHz unless input_audio_sampling_rate says otherwise; G.711 is 8 kHz, one byte a sample.
        public const int DefaultPcm16BytesPerSecond = 24000 * 2;

        public static int InputBytesPerSecond(InputAudioFormat? format, int? samplingRate)
        {
            if (format == InputAudioFormat.G711Ulaw || format == InputAudioFormat.G711Alaw)
            {
                return 8000;
            }

            return (samplingRate is int rate && rate > 0 ? rate : 24000) * 2;
        }

        public static int OutputBytesPerSecond(OutputAudioFormat? format)
        {
            if (format is not OutputAudioFormat value)
            {
                return DefaultPcm16BytesPerSecond;
            }

            if (value == OutputAudioFormat.G711Ulaw || value == OutputAudioFormat.G711Alaw)
            {
                return 8000;
            }

            if (value == OutputAudioFormat.Pcm16At8000Hz)
            {
                return 16000;
            }

            return value == OutputAudioFormat.Pcm16At16000Hz ? 32000 : DefaultPcm16BytesPerSecond;
        }
    }
}
