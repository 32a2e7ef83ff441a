using System;
using System.IO;
using Xunit;

namespace VoiceLive.Tests
{
    public class WavFileTests
    {
        [Theory]
        [InlineData(WavEncoding.Pcm16, 24000)]
        [InlineData(WavEncoding.MuLaw, 8000)]
        [InlineData(WavEncoding.ALaw, 8000)]
        public void WriteThenReadRoundTrips(WavEncoding encoding, int rate)
        {
            var data = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
            using var stream = new MemoryStream();
            WavFile.Write(stream, new WavAudio(data, rate, 1, encoding));
            stream.Position = 0;

            WavAudio read = WavFile.Read(stream);

            Assert.Equal(encoding, read.Encoding);
            Assert.Equal(rate, read.SampleRate);
            Assert.Equal(1, read.Channels);
            Assert.Equal(data, read.Data.ToArray());
        }

        [Fact]
        public void StreamedDataOfUnknownSizeRunsToTheEnd()
        {
            using var stream = new MemoryStream();
            WavFile.Write(stream, new WavAudio(new byte[] { 9, 9, 9, 9 }, 16000));
            byte[] bytes = stream.ToArray();
            BitConverter.GetBytes(uint.MaxValue).CopyTo(bytes, 40);

            WavAudio read = WavFile.Read(new MemoryStream(bytes));

            Assert.Equal(new byte[] { 9, 9, 9, 9 }, read.Data.ToArray());
        }

        [Theory]
        [InlineData("RIFX")]
        [InlineData("short fmt")]
        [InlineData("truncated")]
        public void BadFilesAreInvalidData(string kind)
        {
            using var stream = new MemoryStream();
            WavFile.Write(stream, new WavAudio(new byte[] { 1, 2 }, 16000));
            byte[] bytes = stream.ToArray();
            switch (kind)
            {
                case "RIFX": bytes[3] = (byte)'X'; break;
                case "short fmt": BitConverter.GetBytes(8).CopyTo(bytes, 16); break;
                case "truncated": Array.Resize(ref bytes, 30); break;
            }

            Assert.Throws<InvalidDataException>(() => WavFile.Read(new MemoryStream(bytes)));
        }

        [Fact]
        public void ReadsTheSharedMuLawClip()
        {
            WavAudio audio = WavFile.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "weather-paris-8k-ulaw.wav"));
            Assert.Equal(WavEncoding.MuLaw, audio.Encoding);
            Assert.Equal(8000, audio.SampleRate);
            Assert.InRange(audio.Duration.TotalSeconds, 3.0, 4.2);
        }
    }
}
