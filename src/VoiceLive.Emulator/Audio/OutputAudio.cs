using System;

namespace VoiceLive.Emulator
{
    /// <summary>The output side of <c>output_audio_format</c>: its sample rate, bytes per sample and encoder.</summary>
    internal static class OutputAudio
    {
        public static int SampleRate(string format)
        {
            return format switch
            {
                "pcm16_8000hz" or "g711_ulaw" or "g711_alaw" => 8000,
                "pcm16_16000hz" => 16000,
                _ => 24000,
            };
        }

        public static int BytesPerSample(string format)
        {
            return format is "g711_ulaw" or "g711_alaw" ? 1 : 2;
        }

        public static byte[] Encode(ReadOnlySpan<short> pcm, string format)
        {
            return format switch
            {
                "g711_ulaw" => EmulatorAudio.EncodeMuLaw(pcm),
                "g711_alaw" => EmulatorAudio.EncodeALaw(pcm),
                _ => EmulatorAudio.ToBytes(pcm),
            };
        }
    }
}
