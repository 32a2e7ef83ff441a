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
                bytes[i] = G711.LinearToMuLaw(samples[i]);
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
                samples[i] = G711.MuLawToLinear(bytes[i]);
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
                bytes[i] = G711.LinearToALaw(samples[i]);
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
                samples[i] = G711.ALawToLinear(bytes[i]);
            }

            return samples;
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
