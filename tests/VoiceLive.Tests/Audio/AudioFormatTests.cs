using System;
using Xunit;

namespace VoiceLive.Tests
{
    public class AudioFormatTests
    {
        [Theory]
        [InlineData("pcm16", 24000, 48)]
        [InlineData("pcm16_16000hz", 16000, 32)]
        [InlineData("pcm16_8000hz", 8000, 16)]
        [InlineData("g711_ulaw", 8000, 8)]
        [InlineData("g711_alaw", 8000, 8)]
        public void OutputFormatsHaveTheirRateAndByteRate(string format, int rate, int bytesPerMs)
        {
            Assert.Equal(rate, AudioFormat.SampleRateOf(new OutputAudioFormat(format)));
            Assert.Equal(bytesPerMs, AudioFormat.BytesPerMillisecond(new OutputAudioFormat(format)));
            Assert.Equal(bytesPerMs * 1000, AudioFormat.BytesPerSecond(new OutputAudioFormat(format)));
            Assert.Equal(AudioPlaybackTracker.BytesPerSecondOf(new OutputAudioFormat(format)), AudioFormat.BytesPerSecond(new OutputAudioFormat(format)));
        }

        [Theory]
        [InlineData("pcm16", 24000, 48)]
        [InlineData("pcm16", 16000, 32)]
        [InlineData("pcm16", 8000, 16)]
        [InlineData("g711_ulaw", 24000, 8)]
        [InlineData("g711_alaw", 16000, 8)]
        public void InputFormatsHaveTheirByteRate(string format, int pcmRate, int bytesPerMs)
        {
            Assert.Equal(bytesPerMs, AudioFormat.BytesPerMillisecond(new InputAudioFormat(format), pcmRate));
            Assert.Equal(bytesPerMs * 1000, AudioFormat.BytesPerSecond(new InputAudioFormat(format), pcmRate));
        }

        [Fact]
        public void EncodingsFollowTheFormat()
        {
            Assert.Equal(WavEncoding.MuLaw, AudioFormat.EncodingOf(InputAudioFormat.G711Ulaw));
            Assert.Equal(WavEncoding.ALaw, AudioFormat.EncodingOf(OutputAudioFormat.G711Alaw));
            Assert.Equal(WavEncoding.Pcm16, AudioFormat.EncodingOf(OutputAudioFormat.Pcm16At16000Hz));
            Assert.Equal(2, AudioFormat.BytesPerSample(WavEncoding.Pcm16));
            Assert.Equal(1, AudioFormat.BytesPerSample(WavEncoding.MuLaw));
        }

        [Fact]
        public void UnknownFormatsAndRatesAreRejected()
        {
            var error = Assert.Throws<ArgumentException>(() => AudioFormat.BytesPerMillisecond(new OutputAudioFormat("opus")));
            Assert.Contains("opus", error.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => AudioFormat.SampleRateOf(new InputAudioFormat("mp3")));
            Assert.Throws<ArgumentOutOfRangeException>(() => AudioFormat.SampleRateOf(InputAudioFormat.Pcm16, 44100));
            Assert.Throws<ArgumentOutOfRangeException>(() => AudioFormat.BytesPerSample((WavEncoding)3));
        }
    }
}
