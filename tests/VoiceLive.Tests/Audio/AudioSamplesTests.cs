using System;
using Xunit;

namespace VoiceLive.Tests
{
    public class AudioSamplesTests
    {
        [Fact]
        public void Pcm16ToFloatScalesBy32768()
        {
            var floats = new float[4];
            Assert.Equal(4, AudioSamples.Pcm16ToFloat(new short[] { 0, 16384, -32768, 32767 }, floats));
            Assert.Equal(new[] { 0f, 0.5f, -1f, 32767f / 32768f }, floats);
        }

        [Fact]
        public void FloatToPcm16ClampsInsteadOfWrappingAndSilencesNaN()
        {
            var pcm = new short[7];
            AudioSamples.FloatToPcm16(new[] { 0f, 0.5f, -1f, 1f, 3.5f, -7f, float.NaN }, pcm);
            Assert.Equal(new short[] { 0, 16384, -32768, 32767, 32767, -32768, 0 }, pcm);
        }

        [Fact]
        public void Pcm16RoundTripsThroughFloatExactly()
        {
            var all = new short[65536];
            for (int i = 0; i < all.Length; i++)
            {
                all[i] = (short)(i - 32768);
            }

            var floats = new float[all.Length];
            var back = new short[all.Length];
            AudioSamples.Pcm16ToFloat(all, floats);
            AudioSamples.FloatToPcm16(floats, back);
            Assert.Equal(all, back);
        }

        [Fact]
        public void StereoIsMixedToTheMeanOfBothChannelsInPlace()
        {
            short[] stereo = { 100, 300, -32768, -32768, 32767, 32767, 1, 2 };
            Assert.Equal(4, AudioSamples.StereoToMono(stereo, stereo));
            Assert.Equal(new short[] { 200, -32768, 32767, 2 }, stereo.AsSpan(0, 4).ToArray());

            var floats = new float[2];
            Assert.Equal(2, AudioSamples.StereoToMono(new[] { 1f, 0f, -0.5f, -0.25f }, floats));
            Assert.Equal(new[] { 0.5f, -0.375f }, floats);
        }

        [Fact]
        public void AnyChannelCountIsMixedDown()
        {
            var mono = new short[2];
            Assert.Equal(2, AudioSamples.DownmixToMono(new short[] { 3, 6, 9, -3, -3, -3 }, 3, mono));
            Assert.Equal(new short[] { 6, -3 }, mono);
        }

        [Fact]
        public void BytesAndSamplesViewEachOtherLittleEndian()
        {
            byte[] bytes = { 0x01, 0x02, 0xFF, 0xFF };
            Assert.Equal(new short[] { 0x0201, -1 }, AudioSamples.AsPcm16(bytes).ToArray());
            Assert.Equal(bytes, AudioSamples.AsBytes(new short[] { 0x0201, -1 }).ToArray());
        }

        [Fact]
        public void BadInputIsRejectedWithWhatWasWrong()
        {
            var odd = Assert.Throws<ArgumentException>(() => AudioSamples.AsPcm16(new byte[3]).Length);
            Assert.Contains("odd", odd.Message, StringComparison.Ordinal);
            Assert.Equal("pcm16", odd.ParamName);
            Assert.Throws<ArgumentException>(() => AudioSamples.StereoToMono(new short[3], new short[2]));
            Assert.Throws<ArgumentException>(() => AudioSamples.StereoToMono(new float[3], new float[2]));
            Assert.Throws<ArgumentException>(() => AudioSamples.StereoToMono(new short[4], new short[1]));
            Assert.Throws<ArgumentOutOfRangeException>(() => AudioSamples.DownmixToMono(new short[4], 0, new short[4]));
            Assert.Throws<ArgumentException>(() => AudioSamples.Pcm16ToFloat(new short[2], new float[1]));
            Assert.Throws<ArgumentException>(() => AudioSamples.FloatToPcm16(new float[2], new short[1]));
        }
    }
}
