using System;
using Xunit;

namespace VoiceLive.Tests
{
    /// <summary>
    /// The codec against the ITU-T G.191 reference implementation of G.711 (its compress/expand routines, transcribed
    /// below in their own form) over every possible input, plus the standard's fixed points.
    /// </summary>
    public class G711Tests
    {
        [Fact]
        public void MuLawEncodingMatchesTheReferenceForAll65536Samples()
        {
            short[] pcm = AllSamples();
            var encoded = new byte[pcm.Length];
            Assert.Equal(pcm.Length, G711.EncodeMuLaw(pcm, encoded));
            for (int i = 0; i < pcm.Length; i++)
            {
                Assert.True(Reference.UlawCompress(pcm[i]) == encoded[i], $"sample {pcm[i]}: expected 0x{Reference.UlawCompress(pcm[i]):X2}, got 0x{encoded[i]:X2}");
                Assert.Equal(encoded[i], G711.EncodeMuLaw(pcm[i]));
            }
        }

        [Fact]
        public void ALawEncodingMatchesTheReferenceForAll65536Samples()
        {
            short[] pcm = AllSamples();
            var encoded = new byte[pcm.Length];
            Assert.Equal(pcm.Length, G711.EncodeALaw(pcm, encoded));
            for (int i = 0; i < pcm.Length; i++)
            {
                Assert.True(Reference.AlawCompress(pcm[i]) == encoded[i], $"sample {pcm[i]}: expected 0x{Reference.AlawCompress(pcm[i]):X2}, got 0x{encoded[i]:X2}");
                Assert.Equal(encoded[i], G711.EncodeALaw(pcm[i]));
            }
        }

        [Fact]
        public void DecodingMatchesTheReferenceForAll256Codes()
        {
            var codes = new byte[256];
            for (int i = 0; i < 256; i++)
            {
                codes[i] = (byte)i;
            }

            var mu = new short[256];
            var a = new short[256];
            Assert.Equal(256, G711.DecodeMuLaw(codes, mu));
            Assert.Equal(256, G711.DecodeALaw(codes, a));
            for (int i = 0; i < 256; i++)
            {
                Assert.Equal(Reference.UlawExpand(codes[i]), mu[i]);
                Assert.Equal(Reference.AlawExpand(codes[i]), a[i]);
                Assert.Equal(mu[i], G711.DecodeMuLaw(codes[i]));
                Assert.Equal(a[i], G711.DecodeALaw(codes[i]));
            }
        }

        [Theory]
        [InlineData(0, 0xFF, 0xD5)]
        [InlineData(-1, 0x7F, 0x55)]
        [InlineData(32767, 0x80, 0xAA)]
        [InlineData(-32768, 0x00, 0x2A)]
        public void FixedPointsOfTheStandard(short sample, byte muLaw, byte aLaw)
        {
            Assert.Equal(muLaw, G711.EncodeMuLaw(sample));
            Assert.Equal(aLaw, G711.EncodeALaw(sample));
        }

        [Fact]
        public void ReconstructionValuesOfTheStandard()
        {
            Assert.Equal(0, G711.DecodeMuLaw(0xFF));
            Assert.Equal(32124, G711.DecodeMuLaw(0x80));
            Assert.Equal(-32124, G711.DecodeMuLaw(0x00));
            Assert.Equal(8, G711.DecodeALaw(0xD5));
            Assert.Equal(-8, G711.DecodeALaw(0x55));
            Assert.Equal(32256, G711.DecodeALaw(0xAA));
            Assert.Equal(-32256, G711.DecodeALaw(0x2A));
        }

        [Fact]
        public void EncodingIsMonotonicAndDecodingLandsInTheSameSegmentStep()
        {
            // Decoding an encoded sample gives a value that never decreases as the input grows, and is within one
            // quantisation step (at most 1024 for μ-law's top segment, 1024 for A-law's) of the input.
            int previousMu = int.MinValue, previousA = int.MinValue;
            foreach (short sample in AllSamples())
            {
                int mu = G711.DecodeMuLaw(G711.EncodeMuLaw(sample));
                int a = G711.DecodeALaw(G711.EncodeALaw(sample));
                Assert.True(mu >= previousMu && a >= previousA, $"not monotonic at {sample}");
                Assert.True(Math.Abs(mu - sample) <= 1024 && Math.Abs(a - sample) <= 1024, $"{sample} decoded to {mu} / {a}");
                previousMu = mu;
                previousA = a;
            }
        }

        [Fact]
        public void DecodedCodesReEncodeToThemselves()
        {
            for (int code = 0; code < 256; code++)
            {
                // μ-law has two zero codes (0x7F and 0xFF); the positive one is canonical.
                byte mu = G711.EncodeMuLaw(G711.DecodeMuLaw((byte)code));
                Assert.True(mu == code || (code == 0x7F && mu == 0xFF), $"μ-law 0x{code:X2} -> 0x{mu:X2}");
                Assert.Equal((byte)code, G711.EncodeALaw(G711.DecodeALaw((byte)code)));
            }
        }

        [Fact]
        public void ShortDestinationIsRejectedNamingTheSizes()
        {
            var error = Assert.Throws<ArgumentException>(() => G711.EncodeMuLaw(new short[10], new byte[9]));
            Assert.Equal("destination", error.ParamName);
            Assert.Contains("9", error.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => G711.DecodeALaw(new byte[4], new short[3]));
            Assert.Throws<ArgumentException>(() => G711.EncodeALaw(new short[2], new byte[1]));
            Assert.Throws<ArgumentException>(() => G711.DecodeMuLaw(new byte[2], new short[1]));
        }

        private static short[] AllSamples()
        {
            var all = new short[65536];
            for (int i = 0; i < all.Length; i++)
            {
                all[i] = (short)(i - 32768);
            }

            return all;
        }

        /// <summary>ITU-T G.191 (Software Tool Library) g711.c, one sample at a time.</summary>
        private static class Reference
        {
            public static byte AlawCompress(short linbuf)
            {
                int ix = linbuf < 0 ? (~linbuf) >> 4 : linbuf >> 4;
                if (ix > 15)
                {
                    int iexp = 1;
                    while (ix > 16 + 15)
                    {
                        ix >>= 1;
                        iexp++;
                    }

                    ix -= 16;
                    ix += iexp << 4;
                }

                if (linbuf >= 0)
                {
                    ix |= 0x0080;
                }

                return (byte)(ix ^ 0x0055);
            }

            public static short AlawExpand(byte logbuf)
            {
                int ix = logbuf ^ 0x0055;
                ix &= 0x007F;
                int iexp = ix >> 4;
                int mant = ix & 0x000F;
                if (iexp > 0)
                {
                    mant += 16;
                }

                mant = (mant << 4) + 0x0008;
                if (iexp > 1)
                {
                    mant <<= iexp - 1;
                }

                return (short)(logbuf > 127 ? mant : -mant);
            }

            public static byte UlawCompress(short linbuf)
            {
                int absno = linbuf < 0 ? ((~linbuf) >> 2) + 33 : (linbuf >> 2) + 33;
                if (absno > 0x1FFF)
                {
                    absno = 0x1FFF;
                }

                int i = absno >> 6;
                int segno = 1;
                while (i != 0)
                {
                    segno++;
                    i >>= 1;
                }

                int highNibble = 0x0008 - segno;
                int lowNibble = 0x000F - ((absno >> segno) & 0x000F);
                int logbuf = (highNibble << 4) | lowNibble;
                if (linbuf >= 0)
                {
                    logbuf |= 0x0080;
                }

                return (byte)logbuf;
            }

            public static short UlawExpand(byte logbuf)
            {
                int sign = logbuf < 0x0080 ? -1 : 1;
                int mantissa = ~logbuf;
                int exponent = (mantissa >> 4) & 0x0007;
                int segment = exponent + 1;
                mantissa &= 0x000F;
                int step = 4 << segment;
                return (short)(sign * ((0x0080 << exponent) + (step * mantissa) + (step / 2) - (4 * 33)));
            }
        }
    }
}
