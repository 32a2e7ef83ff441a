using System;

namespace VoiceLive
{
    /// <summary>
    /// The byte layout of each Voice Live audio format (all mono): <c>pcm16</c> at 24, 16 or 8 kHz with 2 bytes per
    /// sample, <c>g711_ulaw</c> and <c>g711_alaw</c> at 8 kHz with 1 byte per sample. Use it to size chunks
    /// (<c>BytesPerMillisecond × 20</c>) and to turn byte counts into playback time.
    /// </summary>
    public static class AudioFormat
    {
        /// <summary>The sample rate of an output format.</summary>
        /// <param name="format">The <c>output_audio_format</c>.</param>
        /// <returns>24000 for <c>pcm16</c>, 16000 for <c>pcm16_16000hz</c>, 8000 for the others.</returns>
        /// <exception cref="ArgumentException">The format is not one the toolkit knows.</exception>
        public static int SampleRateOf(OutputAudioFormat format)
        {
            if (format == OutputAudioFormat.Pcm16)
            {
                return 24000;
            }

            if (format == OutputAudioFormat.Pcm16At16000Hz)
            {
                return 16000;
            }

            if (format == OutputAudioFormat.Pcm16At8000Hz || format == OutputAudioFormat.G711Ulaw || format == OutputAudioFormat.G711Alaw)
            {
                return 8000;
            }

            throw Unknown(format.ToString(), nameof(format));
        }

        /// <summary>The sample rate of an input format.</summary>
        /// <param name="format">The <c>input_audio_format</c>.</param>
        /// <param name="pcm16SampleRate">The session's <c>input_audio_sampling_rate</c> for <c>pcm16</c> (24000, 16000 or 8000).</param>
        /// <returns>The rate: <paramref name="pcm16SampleRate"/> for <c>pcm16</c>, 8000 for G.711.</returns>
        /// <exception cref="ArgumentException">The format is unknown, or the PCM16 rate is not 8000, 16000 or 24000.</exception>
        public static int SampleRateOf(InputAudioFormat format, int pcm16SampleRate = 24000)
        {
            if (format == InputAudioFormat.Pcm16)
            {
                return pcm16SampleRate is 8000 or 16000 or 24000
                    ? pcm16SampleRate
                    : throw new ArgumentOutOfRangeException(nameof(pcm16SampleRate), pcm16SampleRate, "The service takes pcm16 input at 8000, 16000 or 24000 Hz.");
            }

            if (format == InputAudioFormat.G711Ulaw || format == InputAudioFormat.G711Alaw)
            {
                return 8000;
            }

            throw Unknown(format.ToString(), nameof(format));
        }

        /// <summary>The sample encoding of an output format.</summary>
        /// <param name="format">The <c>output_audio_format</c>.</param>
        /// <returns><see cref="WavEncoding.Pcm16"/>, <see cref="WavEncoding.MuLaw"/> or <see cref="WavEncoding.ALaw"/>.</returns>
        /// <exception cref="ArgumentException">The format is not one the toolkit knows.</exception>
        public static WavEncoding EncodingOf(OutputAudioFormat format)
        {
            _ = SampleRateOf(format);
            return format == OutputAudioFormat.G711Ulaw ? WavEncoding.MuLaw
                : format == OutputAudioFormat.G711Alaw ? WavEncoding.ALaw
                : WavEncoding.Pcm16;
        }

        /// <summary>The sample encoding of an input format.</summary>
        /// <param name="format">The <c>input_audio_format</c>.</param>
        /// <returns><see cref="WavEncoding.Pcm16"/>, <see cref="WavEncoding.MuLaw"/> or <see cref="WavEncoding.ALaw"/>.</returns>
        /// <exception cref="ArgumentException">The format is not one the toolkit knows.</exception>
        public static WavEncoding EncodingOf(InputAudioFormat format)
        {
            _ = SampleRateOf(format);
            return format == InputAudioFormat.G711Ulaw ? WavEncoding.MuLaw
                : format == InputAudioFormat.G711Alaw ? WavEncoding.ALaw
                : WavEncoding.Pcm16;
        }

        /// <summary>Bytes per millisecond of an output format: 48, 32 or 16 for PCM16, 8 for G.711.</summary>
        /// <param name="format">The <c>output_audio_format</c>.</param>
        /// <returns>The byte count of one millisecond of audio.</returns>
        /// <exception cref="ArgumentException">The format is not one the toolkit knows.</exception>
        public static int BytesPerMillisecond(OutputAudioFormat format)
            => SampleRateOf(format) / 1000 * BytesPerSample(EncodingOf(format));

        /// <summary>Bytes per millisecond of an input format: 48, 32 or 16 for PCM16 (by rate), 8 for G.711.</summary>
        /// <param name="format">The <c>input_audio_format</c>.</param>
        /// <param name="pcm16SampleRate">The session's <c>input_audio_sampling_rate</c> for <c>pcm16</c>.</param>
        /// <returns>The byte count of one millisecond of audio.</returns>
        /// <exception cref="ArgumentException">The format is unknown, or the PCM16 rate is not 8000, 16000 or 24000.</exception>
        public static int BytesPerMillisecond(InputAudioFormat format, int pcm16SampleRate = 24000)
            => SampleRateOf(format, pcm16SampleRate) / 1000 * BytesPerSample(EncodingOf(format));

        /// <summary>Bytes per second of an output format (1000 × <see cref="BytesPerMillisecond(OutputAudioFormat)"/>).</summary>
        /// <param name="format">The <c>output_audio_format</c>.</param>
        /// <returns>The byte rate.</returns>
        /// <exception cref="ArgumentException">The format is not one the toolkit knows.</exception>
        public static int BytesPerSecond(OutputAudioFormat format) => BytesPerMillisecond(format) * 1000;

        /// <summary>Bytes per second of an input format (1000 × <see cref="BytesPerMillisecond(InputAudioFormat, int)"/>).</summary>
        /// <param name="format">The <c>input_audio_format</c>.</param>
        /// <param name="pcm16SampleRate">The session's <c>input_audio_sampling_rate</c> for <c>pcm16</c>.</param>
        /// <returns>The byte rate.</returns>
        /// <exception cref="ArgumentException">The format is unknown, or the PCM16 rate is not 8000, 16000 or 24000.</exception>
        public static int BytesPerSecond(InputAudioFormat format, int pcm16SampleRate = 24000)
            => BytesPerMillisecond(format, pcm16SampleRate) * 1000;

        /// <summary>Bytes per sample of an encoding: 2 for PCM16, 1 for G.711.</summary>
        /// <param name="encoding">The encoding.</param>
        /// <returns>The byte count.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Not a defined <see cref="WavEncoding"/>.</exception>
        public static int BytesPerSample(WavEncoding encoding) => encoding switch
        {
            WavEncoding.Pcm16 => 2,
            WavEncoding.MuLaw or WavEncoding.ALaw => 1,
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown encoding."),
        };

        private static ArgumentException Unknown(string value, string name)
            => new ArgumentException($"Unknown audio format '{value}'; the toolkit knows pcm16, pcm16_16000hz, pcm16_8000hz, g711_ulaw and g711_alaw.", name);
    }
}
