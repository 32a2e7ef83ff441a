using System;
using System.Buffers.Binary;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// Audio helpers the emulator uses for the wire formats of <c>input_audio_format</c> and
    /// <c>output_audio_format</c>: little-endian PCM16 bytes, G.711 μ-law and A-law (ITU-T G.711, 8 kHz),
    /// and linear resampling. Public so tests and samples can produce and check audio exactly as the emulator does.
    /// </summary>
    public static class EmulatorAudio
    {
        /// <summary>Converts PCM16 samples to the little-endian byte layout used by <c>pcm16</c> on the wire.</summary>
        /// <param name="samples">The samples.</param>
        /// <returns>Two bytes per sample, little-endian.</returns>
        public static byte[] ToBytes(ReadOnlySpan<short> samples)
        {
            var bytes = new byte[samples.Length * 2];
            for (int i = 0; i < samples.Length; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), samples[i]);
            }

            return bytes;
        }

        /// <summary>Reads little-endian PCM16 bytes (<c>pcm16</c> on the wire) as samples; a trailing odd byte is ignored.</summary>
        /// <param name="bytes">The bytes.</param>
        /// <returns>The samples.</returns>
        public static short[] FromBytes(ReadOnlySpan<byte> bytes)
        {
            var samples = new short[bytes.Length / 2];
            for (int i = 0; i < samples.Length; i++)
            {
                samples[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.Slice(i * 2));
            }

            return samples;
        }

        /// <summary>Encodes PCM16 samples (8 kHz) as G.711 μ-law bytes (<c>g711_ulaw</c>), one byte per sample.</summary>
        /// <param name="samples">The samples.</param>
        /// <returns>The μ-law bytes.</returns>
        public static byte[] EncodeMuLaw(ReadOnlySpan<short> samples)
        {
            var bytes = new byte[samples.Length];
            for (int i = 0; i < samples.Length; i++)
            {
                bytes[i] = G711.EncodeMuLaw(samples[i]);
            }

            return bytes;
        }

        /// <summary>Decodes G.711 μ-law bytes (<c>g711_ulaw</c>) to PCM16 samples.</summary>
        /// <param name="bytes">The μ-law bytes.</param>
        /// <returns>The samples.</returns>
        public static short[] DecodeMuLaw(ReadOnlySpan<byte> bytes)
        {
            var samples = new short[bytes.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                samples[i] = G711.DecodeMuLaw(bytes[i]);
            }

            return samples;
        }

        /// <summary>Encodes PCM16 samples (8 kHz) as G.711 A-law bytes (<c>g711_alaw</c>), one byte per sample.</summary>
        /// <param name="samples">The samples.</param>
        /// <returns>The A-law bytes.</returns>
        public static byte[] EncodeALaw(ReadOnlySpan<short> samples)
        {
            var bytes = new byte[samples.Length];
            for (int i = 0; i < samples.Length; i++)
            {
                bytes[i] = G711.EncodeALaw(samples[i]);
            }

            return bytes;
        }

        /// <summary>Decodes G.711 A-law bytes (<c>g711_alaw</c>) to PCM16 samples.</summary>
        /// <param name="bytes">The A-law bytes.</param>
        /// <returns>The samples.</returns>
        public static short[] DecodeALaw(ReadOnlySpan<byte> bytes)
        {
            var samples = new short[bytes.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                samples[i] = G711.DecodeALaw(bytes[i]);
            }

            return samples;
        }

        /// <summary>
        /// Encodes PCM16 samples in a wire format: <c>pcm16</c>, <c>pcm16_8000hz</c>, <c>pcm16_16000hz</c> (little-endian
        /// PCM16), <c>g711_ulaw</c> or <c>g711_alaw</c>. The samples must already be at <see cref="SampleRateOf"/> the format
        /// (for <c>pcm16</c> input, at the session's <c>input_audio_sampling_rate</c>).
        /// </summary>
        /// <param name="samples">The samples.</param>
        /// <param name="format">The <c>input_audio_format</c> or <c>output_audio_format</c> value.</param>
        /// <returns>The bytes to base64-encode into <c>input_audio_buffer.append</c>.</returns>
        public static byte[] Encode(ReadOnlySpan<short> samples, string format)
        {
            return format switch
            {
                "g711_ulaw" => EncodeMuLaw(samples),
                "g711_alaw" => EncodeALaw(samples),
                "pcm16" or "pcm16_8000hz" or "pcm16_16000hz" => ToBytes(samples),
                _ => throw new ArgumentException($"Unknown audio format '{format}'.", nameof(format)),
            };
        }

        /// <summary>Decodes wire-format audio (e.g. the concatenated <c>response.audio.delta</c> bytes) to PCM16 samples; see <see cref="Encode"/> for the formats.</summary>
        /// <param name="bytes">The audio bytes.</param>
        /// <param name="format">The <c>input_audio_format</c> or <c>output_audio_format</c> value.</param>
        /// <returns>The samples, at <see cref="SampleRateOf"/> the format.</returns>
        public static short[] Decode(ReadOnlySpan<byte> bytes, string format)
        {
            return format switch
            {
                "g711_ulaw" => DecodeMuLaw(bytes),
                "g711_alaw" => DecodeALaw(bytes),
                "pcm16" or "pcm16_8000hz" or "pcm16_16000hz" => FromBytes(bytes),
                _ => throw new ArgumentException($"Unknown audio format '{format}'.", nameof(format)),
            };
        }

        /// <summary>The sample rate of an <c>output_audio_format</c> value: 24000 for <c>pcm16</c>, 16000 for <c>pcm16_16000hz</c>, 8000 for the others.</summary>
        /// <param name="format">The format.</param>
        /// <returns>The rate in Hz.</returns>
        public static int SampleRateOf(string format)
        {
            return format switch
            {
                "pcm16_8000hz" or "g711_ulaw" or "g711_alaw" => 8000,
                "pcm16_16000hz" => 16000,
                "pcm16" => 24000,
                _ => throw new ArgumentException($"Unknown audio format '{format}'.", nameof(format)),
            };
        }

        /// <summary>
        /// Resamples mono PCM16 by linear interpolation. Good enough for the emulator's tones (all below 3.4 kHz);
        /// not a high-quality resampler for real speech.
        /// </summary>
        /// <param name="samples">The input samples.</param>
        /// <param name="fromRate">The input sample rate in Hz.</param>
        /// <param name="toRate">The output sample rate in Hz.</param>
        /// <returns>The resampled samples (a copy even when the rates are equal).</returns>
        public static short[] Resample(ReadOnlySpan<short> samples, int fromRate, int toRate)
        {
            if (fromRate <= 0 || toRate <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(fromRate), "Sample rates must be positive.");
            }

            if (fromRate == toRate || samples.Length == 0)
            {
                return samples.ToArray();
            }

            int outLength = (int)((long)samples.Length * toRate / fromRate);
            var output = new short[outLength];
            double step = (double)fromRate / toRate;
            for (int i = 0; i < outLength; i++)
            {
                double position = i * step;
                int index = (int)position;
                double fraction = position - index;
                int next = Math.Min(index + 1, samples.Length - 1);
                output[i] = (short)Math.Round(samples[index] + ((samples[next] - samples[index]) * fraction));
            }

            return output;
        }
    }
}
