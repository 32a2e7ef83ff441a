using System;
using System.Runtime.InteropServices;

namespace VoiceLive
{
    /// <summary>
    /// Sample-format conversions between what capture and playback APIs use (float32, stereo) and what Voice Live
    /// sends and accepts (mono PCM16 little-endian). Every method writes into a span the caller owns: nothing allocates.
    /// </summary>
    public static class AudioSamples
    {
        /// <summary>Views little-endian PCM16 bytes (<c>pcm16</c> on the wire) as samples, without copying.</summary>
        /// <param name="pcm16">The bytes; an even number of them.</param>
        /// <returns>The samples.</returns>
        /// <exception cref="ArgumentException">The byte count is odd (a sample would be cut in half).</exception>
        public static ReadOnlySpan<short> AsPcm16(ReadOnlySpan<byte> pcm16)
        {
            CheckEven(pcm16.Length, nameof(pcm16));
            return MemoryMarshal.Cast<byte, short>(pcm16);
        }

        /// <summary>Views a writable byte buffer as PCM16 samples, without copying.</summary>
        /// <param name="pcm16">The bytes; an even number of them.</param>
        /// <returns>The samples.</returns>
        /// <exception cref="ArgumentException">The byte count is odd (a sample would be cut in half).</exception>
        public static Span<short> AsPcm16(Span<byte> pcm16)
        {
            CheckEven(pcm16.Length, nameof(pcm16));
            return MemoryMarshal.Cast<byte, short>(pcm16);
        }

        /// <summary>Views PCM16 samples as the little-endian bytes sent on the wire, without copying.</summary>
        /// <param name="samples">The samples.</param>
        /// <returns>Two bytes per sample.</returns>
        public static ReadOnlySpan<byte> AsBytes(ReadOnlySpan<short> samples)
        {
            CheckLittleEndian();
            return MemoryMarshal.AsBytes(samples);
        }

        /// <summary>Converts PCM16 samples to float samples from −1 to just under 1 (divides by 32768).</summary>
        /// <param name="pcm">The samples.</param>
        /// <param name="destination">Receives one float per sample.</param>
        /// <returns>The number of samples written.</returns>
        /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
        public static int Pcm16ToFloat(ReadOnlySpan<short> pcm, Span<float> destination)
        {
            EnsureRoom(pcm.Length, destination.Length, nameof(destination));
            for (int i = 0; i < pcm.Length; i++)
            {
                destination[i] = pcm[i] / 32768f;
            }

            return pcm.Length;
        }

        /// <summary>
        /// Converts float samples to PCM16 (multiplies by 32768 and rounds), clamping values outside −1 to 1 to the
        /// PCM16 range instead of letting them wrap around; NaN becomes silence.
        /// </summary>
        /// <param name="samples">The float samples.</param>
        /// <param name="destination">Receives one PCM16 sample per float.</param>
        /// <returns>The number of samples written.</returns>
        /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
        public static int FloatToPcm16(ReadOnlySpan<float> samples, Span<short> destination)
        {
            EnsureRoom(samples.Length, destination.Length, nameof(destination));
            for (int i = 0; i < samples.Length; i++)
            {
                float scaled = samples[i] * 32768f;
                destination[i] = scaled >= short.MaxValue ? short.MaxValue
                    : scaled <= short.MinValue ? short.MinValue
                    : float.IsNaN(scaled) ? (short)0
                    : (short)Math.Round(scaled, MidpointRounding.AwayFromZero);
            }

            return samples.Length;
        }

        /// <summary>Mixes interleaved stereo PCM16 down to mono (the mean of left and right).</summary>
        /// <param name="stereo">Interleaved left/right samples; an even number of them.</param>
        /// <param name="destination">Receives <c>stereo.Length / 2</c> samples; may be the same memory as the input.</param>
        /// <returns>The number of mono samples written.</returns>
        /// <exception cref="ArgumentException">The sample count is odd, or <paramref name="destination"/> is too short.</exception>
        public static int StereoToMono(ReadOnlySpan<short> stereo, Span<short> destination) => DownmixToMono(stereo, 2, destination);

        /// <summary>Mixes interleaved stereo float samples down to mono (the mean of left and right).</summary>
        /// <param name="stereo">Interleaved left/right samples; an even number of them.</param>
        /// <param name="destination">Receives <c>stereo.Length / 2</c> samples; may be the same memory as the input.</param>
        /// <returns>The number of mono samples written.</returns>
        /// <exception cref="ArgumentException">The sample count is odd, or <paramref name="destination"/> is too short.</exception>
        public static int StereoToMono(ReadOnlySpan<float> stereo, Span<float> destination)
        {
            CheckFrames(stereo.Length, 2, nameof(stereo));
            int frames = stereo.Length / 2;
            EnsureRoom(frames, destination.Length, nameof(destination));
            for (int i = 0; i < frames; i++)
            {
                destination[i] = (stereo[2 * i] + stereo[(2 * i) + 1]) * 0.5f;
            }

            return frames;
        }

        /// <summary>Mixes interleaved PCM16 of any channel count down to mono (the mean of the channels, rounded).</summary>
        /// <param name="interleaved">Interleaved samples, a whole number of frames.</param>
        /// <param name="channels">The channel count (1 copies the samples).</param>
        /// <param name="destination">Receives one sample per frame; may be the same memory as the input.</param>
        /// <returns>The number of mono samples written.</returns>
        /// <exception cref="ArgumentException">The sample count is not a multiple of <paramref name="channels"/>, or <paramref name="destination"/> is too short.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="channels"/> is less than 1.</exception>
        public static int DownmixToMono(ReadOnlySpan<short> interleaved, int channels, Span<short> destination)
        {
            if (channels < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(channels), channels, "The channel count must be at least 1.");
            }

            CheckFrames(interleaved.Length, channels, nameof(interleaved));
            int frames = interleaved.Length / channels;
            EnsureRoom(frames, destination.Length, nameof(destination));
            for (int frame = 0; frame < frames; frame++)
            {
                // Frames are read in order and frame i is written at i <= i * channels, so an in-place mix is safe.
                int sum = 0;
                for (int c = 0; c < channels; c++)
                {
                    sum += interleaved[(frame * channels) + c];
                }

                destination[frame] = (short)Math.Round((double)sum / channels, MidpointRounding.AwayFromZero);
            }

            return frames;
        }

        private static void CheckEven(int byteCount, string name)
        {
            CheckLittleEndian();
            if ((byteCount & 1) != 0)
            {
                throw new ArgumentException($"PCM16 audio has 2 bytes per sample; {byteCount} bytes is an odd count (a truncated sample).", name);
            }
        }

        private static void CheckFrames(int sampleCount, int channels, string name)
        {
            if (sampleCount % channels != 0)
            {
                throw new ArgumentException($"{sampleCount} samples is not a whole number of {channels}-channel frames.", name);
            }
        }

        private static void CheckLittleEndian()
        {
            if (!BitConverter.IsLittleEndian)
            {
                throw new PlatformNotSupportedException("PCM16 views need a little-endian processor.");
            }
        }

        private static void EnsureRoom(int needed, int available, string paramName)
        {
            if (available < needed)
            {
                throw new ArgumentException($"The destination holds {available} samples; {needed} are needed.", paramName);
            }
        }
    }
}
