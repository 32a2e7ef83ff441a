using System;

namespace VoiceLive
{
    /// <summary>
    /// ITU-T G.711 companding: the <c>g711_ulaw</c> and <c>g711_alaw</c> formats of Voice Live and of telephone
    /// networks (8 kHz, one byte per sample). Encoding follows the ITU-T G.191 reference implementation of G.711 bit for
    /// bit: a 16-bit sample is reduced to its 14 (μ-law) or 13 (A-law) most significant bits, and a negative sample uses
    /// its one's-complement magnitude. Decoding returns the standard's reconstruction value, left-aligned in 16 bits.
    /// No method allocates.
    /// </summary>
    public static class G711
    {
        private static readonly short[] MuLawTable = BuildTable(DecodeMuLawSample);
        private static readonly short[] ALawTable = BuildTable(DecodeALawSample);

        /// <summary>Encodes PCM16 samples as μ-law bytes (<c>g711_ulaw</c>).</summary>
        /// <param name="pcm">The samples (8 kHz for Voice Live).</param>
        /// <param name="destination">Receives one byte per sample; at least <c>pcm.Length</c> long.</param>
        /// <returns>The number of bytes written (<c>pcm.Length</c>).</returns>
        /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="pcm"/>.</exception>
        public static int EncodeMuLaw(ReadOnlySpan<short> pcm, Span<byte> destination)
        {
            EnsureRoom(pcm.Length, destination.Length, nameof(destination));
            for (int i = 0; i < pcm.Length; i++)
            {
                destination[i] = EncodeMuLaw(pcm[i]);
            }

            return pcm.Length;
        }

        /// <summary>Decodes μ-law bytes (<c>g711_ulaw</c>) to PCM16 samples.</summary>
        /// <param name="encoded">The μ-law bytes.</param>
        /// <param name="destination">Receives one sample per byte; at least <c>encoded.Length</c> long.</param>
        /// <returns>The number of samples written (<c>encoded.Length</c>).</returns>
        /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="encoded"/>.</exception>
        public static int DecodeMuLaw(ReadOnlySpan<byte> encoded, Span<short> destination)
        {
            EnsureRoom(encoded.Length, destination.Length, nameof(destination));
            short[] table = MuLawTable;
            for (int i = 0; i < encoded.Length; i++)
            {
                destination[i] = table[encoded[i]];
            }

            return encoded.Length;
        }

        /// <summary>Encodes PCM16 samples as A-law bytes (<c>g711_alaw</c>).</summary>
        /// <param name="pcm">The samples (8 kHz for Voice Live).</param>
        /// <param name="destination">Receives one byte per sample; at least <c>pcm.Length</c> long.</param>
        /// <returns>The number of bytes written (<c>pcm.Length</c>).</returns>
        /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="pcm"/>.</exception>
        public static int EncodeALaw(ReadOnlySpan<short> pcm, Span<byte> destination)
        {
            EnsureRoom(pcm.Length, destination.Length, nameof(destination));
            for (int i = 0; i < pcm.Length; i++)
            {
                destination[i] = EncodeALaw(pcm[i]);
            }

            return pcm.Length;
        }

        /// <summary>Decodes A-law bytes (<c>g711_alaw</c>) to PCM16 samples.</summary>
        /// <param name="encoded">The A-law bytes.</param>
        /// <param name="destination">Receives one sample per byte; at least <c>encoded.Length</c> long.</param>
        /// <returns>The number of samples written (<c>encoded.Length</c>).</returns>
        /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="encoded"/>.</exception>
        public static int DecodeALaw(ReadOnlySpan<byte> encoded, Span<short> destination)
        {
            EnsureRoom(encoded.Length, destination.Length, nameof(destination));
            short[] table = ALawTable;
            for (int i = 0; i < encoded.Length; i++)
            {
                destination[i] = table[encoded[i]];
            }

            return encoded.Length;
        }

        /// <summary>Encodes one PCM16 sample as a μ-law byte.</summary>
        /// <param name="sample">The sample.</param>
        /// <returns>The μ-law byte.</returns>
        public static byte EncodeMuLaw(short sample)
        {
            // 14-bit sign-magnitude with the bias of 33 folded in; the one's complement keeps the two halves symmetric.
            int magnitude = ((sample < 0 ? ~sample : sample) >> 2) + 33;
            if (magnitude > 0x1FFF)
            {
                magnitude = 0x1FFF;
            }

            int segment = 1;
            for (int rest = magnitude >> 6; rest != 0; rest >>= 1)
            {
                segment++;
            }

            int code = ((8 - segment) << 4) | (0x0F - ((magnitude >> segment) & 0x0F));
            return (byte)(sample >= 0 ? code | 0x80 : code);
        }

        /// <summary>Decodes one μ-law byte to a PCM16 sample.</summary>
        /// <param name="encoded">The μ-law byte.</param>
        /// <returns>The sample.</returns>
        public static short DecodeMuLaw(byte encoded) => MuLawTable[encoded];

        /// <summary>Encodes one PCM16 sample as an A-law byte.</summary>
        /// <param name="sample">The sample.</param>
        /// <returns>The A-law byte (even bits inverted, as transmitted).</returns>
        public static byte EncodeALaw(short sample)
        {
            // 12-bit one's-complement magnitude of the 13-bit sample.
            int magnitude = (sample < 0 ? ~sample : sample) >> 4;
            int code;
            if (magnitude > 15)
            {
                int segment = 1;
                while (magnitude > 31)
                {
                    magnitude >>= 1;
                    segment++;
                }

                code = (segment << 4) + (magnitude - 16);
            }
            else
            {
                code = magnitude;
            }

            if (sample >= 0)
            {
                code |= 0x80;
            }

            return (byte)(code ^ 0x55);
        }

        /// <summary>Decodes one A-law byte to a PCM16 sample.</summary>
        /// <param name="encoded">The A-law byte.</param>
        /// <returns>The sample.</returns>
        public static short DecodeALaw(byte encoded) => ALawTable[encoded];

        private static short DecodeMuLawSample(byte encoded)
        {
            int inverted = ~encoded & 0xFF;
            int exponent = (inverted >> 4) & 0x07;
            int mantissa = inverted & 0x0F;
            int step = 4 << (exponent + 1);
            int magnitude = (0x80 << exponent) + (step * mantissa) + (step / 2) - (4 * 33);
            return (short)(encoded < 0x80 ? -magnitude : magnitude);
        }

        private static short DecodeALawSample(byte encoded)
        {
            int code = (encoded ^ 0x55) & 0x7F;
            int exponent = code >> 4;
            int mantissa = code & 0x0F;
            if (exponent > 0)
            {
                mantissa += 16;
            }

            mantissa = (mantissa << 4) + 8;
            if (exponent > 1)
            {
                mantissa <<= exponent - 1;
            }

            return (short)(encoded > 0x7F ? mantissa : -mantissa);
        }

        private static short[] BuildTable(Func<byte, short> decode)
        {
            var table = new short[256];
            for (int i = 0; i < 256; i++)
            {
                table[i] = decode((byte)i);
            }

            return table;
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
