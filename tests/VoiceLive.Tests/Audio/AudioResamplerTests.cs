using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace VoiceLive.Tests
{
    public class AudioResamplerTests
    {
        public static IEnumerable<object[]> AllPairs()
        {
            foreach (int input in AudioResampler.SupportedSampleRates)
            {
                foreach (int output in AudioResampler.SupportedSampleRates)
                {
                    if (input != output)
                    {
                        yield return new object[] { input, output };
                    }
                }
            }
        }

        public static IEnumerable<object[]> DownsamplingPairs() => AllPairs().Where(p => (int)p[0] > (int)p[1]);

        [Theory]
        [MemberData(nameof(AllPairs))]
        public void A1kHzSineKeepsAtLeast60dBSnrAgainstTheIdealSine(int inputRate, int outputRate)
        {
            double snr = AudioQuality.SineSnrDb(inputRate, outputRate, 1000);
            Assert.True(snr >= 60, $"{inputRate} -> {outputRate}: SNR {snr:F1} dB");
        }

        [Theory]
        [MemberData(nameof(DownsamplingPairs))]
        public void ContentAboveTheOutputNyquistIsAttenuatedAtLeast50dB(int inputRate, int outputRate)
        {
            double tone = AudioQuality.StopBandTone(inputRate, outputRate);
            double attenuation = AudioQuality.AttenuationDb(inputRate, outputRate, tone);
            Assert.True(attenuation >= 50, $"{inputRate} -> {outputRate}: {tone} Hz attenuated {attenuation:F1} dB");
        }

        [Fact]
        public void A6kHzToneAt24kHzIsRemovedGoingTo8kHz()
        {
            double attenuation = AudioQuality.AttenuationDb(24000, 8000, 6000);
            Assert.True(attenuation >= 50, $"attenuated {attenuation:F1} dB");
        }

        [Theory]
        [MemberData(nameof(AllPairs))]
        public void AnyChunkingGivesTheSameOutputAsOneCall(int inputRate, int outputRate)
        {
            short[] input = Noise(inputRate / 4, seed: inputRate + outputRate);
            short[] whole = RunAll(new AudioResampler(inputRate, outputRate), input, new[] { input.Length });
            var random = new Random(7);
            int[] sizes = Enumerable.Range(0, 400).Select(_ => random.Next(0, 300)).ToArray();
            short[] chunked = RunAll(new AudioResampler(inputRate, outputRate), input, sizes);
            Assert.Equal(whole, chunked);
            Assert.Equal((int)Math.Ceiling((double)input.Length * outputRate / inputRate), whole.Length);
        }

        [Fact]
        public void FloatOverloadsMatchThePcm16OnesAndChunkTheSameWay()
        {
            short[] input = Noise(4410, seed: 3);
            short[] expected = RunAll(new AudioResampler(44100, 16000), input, new[] { input.Length });

            var resampler = new AudioResampler(44100, 16000);
            var floats = new float[input.Length];
            AudioSamples.Pcm16ToFloat(input, floats);
            var output = new List<float>();
            var buffer = new float[resampler.GetMaxOutputLength(700)];
            for (int offset = 0; offset < floats.Length; offset += 700)
            {
                int n = resampler.Process(floats.AsSpan(offset, Math.Min(700, floats.Length - offset)), buffer);
                output.AddRange(buffer.Take(n));
            }

            int tail = resampler.Flush(buffer);
            output.AddRange(buffer.Take(tail));
            var asPcm = new short[output.Count];
            AudioSamples.FloatToPcm16(output.ToArray(), asPcm);
            Assert.Equal(expected, asPcm);
        }

        [Fact]
        public void FlushResetsForANewStream()
        {
            short[] input = Noise(1000, seed: 5);
            var resampler = new AudioResampler(16000, 24000);
            short[] first = RunAll(resampler, input, new[] { 333 });
            short[] second = RunAll(resampler, input, new[] { 1000 });
            Assert.Equal(first, second);
        }

        [Fact]
        public void ConstantSignalStaysConstant()
        {
            var resampler = new AudioResampler(8000, 44100);
            short[] input = Enumerable.Repeat((short)10000, 8000).ToArray();
            short[] output = RunAll(resampler, input, new[] { 8000 });
            int settle = resampler.FilterLength * 6;
            Assert.All(output.Skip(settle).Take(output.Length - (2 * settle)), s => Assert.InRange(s, 9999, 10001));
        }

        [Fact]
        public void EqualRatesPassTheAudioThrough()
        {
            short[] input = Noise(500, seed: 9);
            var resampler = new AudioResampler(24000, 24000);
            var output = new short[resampler.GetMaxOutputLength(500)];
            Assert.Equal(500, resampler.Process(input, output));
            Assert.Equal(input, output.Take(500).ToArray());
            Assert.Equal(0, resampler.Flush(output));
        }

        [Fact]
        public void ProcessAndFlushDoNotAllocate()
        {
            var resampler = new AudioResampler(48000, 24000);
            short[] input = Noise(960, seed: 1);
            var output = new short[resampler.GetMaxOutputLength(960)];
            var floatsIn = new float[960];
            var floatsOut = new float[resampler.GetMaxOutputLength(960)];
            // Warm up every path measured below, so first-call costs of the runtime (type loading, JIT) are not counted.
            for (int i = 0; i < 200; i++)
            {
                resampler.Process(input, output);
                resampler.Process(floatsIn, floatsOut);
            }

            resampler.Flush(output);
            resampler.Flush(floatsOut);

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 200; i++)
            {
                resampler.Process(input, output);
                resampler.Process(floatsIn, floatsOut);
            }

            resampler.Flush(output);
            resampler.Flush(floatsOut);
            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        [Theory]
        [InlineData(11025, 24000)]
        [InlineData(24000, 96000)]
        [InlineData(0, 8000)]
        [InlineData(-8000, 8000)]
        public void UnsupportedRatesAreRejectedByName(int inputRate, int outputRate)
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => new AudioResampler(inputRate, outputRate));
            Assert.Equal(inputRate == 24000 ? "outputSampleRate" : "inputSampleRate", error.ParamName);
            Assert.Contains("Unsupported sample rate", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void TooShortOutputIsRejectedAndConsumesNothing()
        {
            short[] input = Noise(2400, seed: 2);
            short[] expected = RunAll(new AudioResampler(24000, 16000), input, new[] { 2400 });

            var resampler = new AudioResampler(24000, 16000);
            var error = Assert.Throws<ArgumentException>(() => resampler.Process(input, new short[10]));
            Assert.Equal("output", error.ParamName);
            Assert.Equal(expected, RunAll(resampler, input, new[] { 2400 }));
            Assert.Throws<ArgumentOutOfRangeException>(() => resampler.GetMaxOutputLength(-1));
        }

        private static short[] RunAll(AudioResampler resampler, short[] input, int[] sizes)
        {
            var output = new List<short>();
            int offset = 0, index = 0;
            while (offset < input.Length)
            {
                int size = Math.Min(sizes[index++ % sizes.Length], input.Length - offset);
                var buffer = new short[resampler.GetMaxOutputLength(size)];
                int n = resampler.Process(input.AsSpan(offset, size), buffer);
                Assert.InRange(n, 0, buffer.Length);
                output.AddRange(buffer.Take(n));
                offset += size;
            }

            var tail = new short[resampler.GetMaxOutputLength(0)];
            int t = resampler.Flush(tail);
            output.AddRange(tail.Take(t));
            return output.ToArray();
        }

        private static short[] Noise(int count, int seed)
        {
            var random = new Random(seed);
            return Enumerable.Range(0, count).Select(_ => (short)random.Next(-12000, 12000)).ToArray();
        }
    }
}
