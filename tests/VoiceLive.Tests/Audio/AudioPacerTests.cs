using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Tests
{
    public class AudioPacerTests
    {
        [Fact]
        public async Task TenMinutesOfChunksAreEachDueAtTheirAudioTimeDespiteSlowSends()
        {
            var time = new SignallingTimeProvider();
            var sentAt = new List<TimeSpan>();
            var sizes = new List<int>();
            DateTimeOffset start = time.GetUtcNow();
            var pacer = new AudioPacer(
                (chunk, _) =>
                {
                    sentAt.Add(time.GetUtcNow() - start);
                    sizes.Add(chunk.Length);
                    time.Advance(TimeSpan.FromMilliseconds(7)); // every send takes 7 ms of the 20
                    return default;
                },
                new AudioPacerOptions { TimeProvider = time, ChunkDuration = TimeSpan.FromMilliseconds(20) });

            byte[] tenMinutes = new byte[24000 * 2 * 600];
            Task<TimeSpan> sending = pacer.SendAsync(tenMinutes, 24000);
            await time.DriveUntilAsync(sending);

            Assert.Equal(TimeSpan.FromMinutes(10), await sending);
            Assert.Equal(30000, sentAt.Count);
            Assert.All(sizes, size => Assert.Equal(960, size));
            for (int k = 0; k < sentAt.Count; k++)
            {
                Assert.True(TimeSpan.FromMilliseconds(20 * k) == sentAt[k], $"chunk {k} sent at {sentAt[k]}");
            }

            // The call returns when the last chunk's audio has played out, not earlier.
            Assert.Equal(TimeSpan.FromMinutes(10), time.GetUtcNow() - start);
        }

        [Fact]
        public async Task CancellationStopsBetweenChunks()
        {
            var time = new SignallingTimeProvider();
            using var cancel = new CancellationTokenSource();
            int sent = 0;
            var pacer = new AudioPacer(
                (_, _) =>
                {
                    if (++sent == 3)
                    {
                        cancel.Cancel();
                    }

                    return default;
                },
                new AudioPacerOptions { TimeProvider = time, ChunkDuration = TimeSpan.FromMilliseconds(100) });

            Task<TimeSpan> sending = pacer.SendAsync(new byte[48000 * 2], 24000, cancellationToken: cancel.Token);
            await time.DriveUntilAsync(sending);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
            Assert.Equal(3, sent);
        }

        [Fact]
        public async Task AudioAtAnotherRateIsResampledToTheSessionRate()
        {
            short[] source = Tone(16000, 440, 16000);
            var (chunks, duration) = await SendFastAsync(new AudioPacerOptions { ChunkDuration = TimeSpan.FromMilliseconds(40) },
                pacer => pacer.SendAsync(AudioSamples.AsBytes(source).ToArray(), 16000));

            short[] expected = ResampleAll(source, 16000, 24000);
            Assert.Equal(AudioSamples.AsBytes(expected).ToArray(), chunks.SelectMany(c => c).ToArray());
            Assert.All(chunks.Take(chunks.Count - 1), c => Assert.Equal(1920, c.Length));
            Assert.Equal(TimeSpan.FromSeconds(1), duration);
        }

        [Fact]
        public async Task StereoWavAt48kHzBecomesMuLawAt8kHz()
        {
            short[] mono = Tone(48000, 1000, 48000);
            short[] stereo = mono.SelectMany(s => new[] { s, s }).ToArray();
            var wav = new WavAudio(AudioSamples.AsBytes(stereo).ToArray(), 48000, channels: 2);
            var (chunks, _) = await SendFastAsync(new AudioPacerOptions { Format = InputAudioFormat.G711Ulaw },
                pacer => pacer.SendWavAsync(wav));

            short[] resampled = ResampleAll(mono, 48000, 8000);
            var expected = new byte[resampled.Length];
            G711.EncodeMuLaw(resampled, expected);
            Assert.Equal(expected, chunks.SelectMany(c => c).ToArray());
            Assert.Equal(160, chunks[0].Length); // 20 ms of 8 kHz μ-law
        }

        [Fact]
        public async Task AnySplitOfAnAsyncSequenceSendsTheSameBytes()
        {
            byte[] pcm = AudioSamples.AsBytes(Tone(24000, 700, 12000)).ToArray();
            var (whole, _) = await SendFastAsync(new AudioPacerOptions(), pacer => pacer.SendAsync(pcm, 24000));
            var (split, _) = await SendFastAsync(new AudioPacerOptions(), pacer => pacer.SendAsync(Split(pcm, 1, 3, 7, 1000), 24000));
            Assert.Equal(whole.SelectMany(c => c), split.SelectMany(c => c));
            Assert.Equal(pcm, whole.SelectMany(c => c).ToArray());
        }

        [Fact]
        public async Task AStreamIsReadToItsEnd()
        {
            byte[] pcm = AudioSamples.AsBytes(Tone(8000, 700, 8000)).ToArray();
            var (chunks, duration) = await SendFastAsync(new AudioPacerOptions { SampleRate = 8000 },
                pacer => pacer.SendAsync(new MemoryStream(pcm), 8000));
            Assert.Equal(pcm, chunks.SelectMany(c => c).ToArray());
            Assert.Equal(TimeSpan.FromSeconds(1), duration);
        }

        [Fact]
        public async Task ATruncatedSampleOrFrameIsAnError()
        {
            var pacer = new AudioPacer((_, _) => default, new AudioPacerOptions { RealTime = false });
            var odd = await Assert.ThrowsAsync<InvalidDataException>(() => pacer.SendAsync(new MemoryStream(new byte[4801]), 24000));
            Assert.Contains("truncated", odd.Message, StringComparison.Ordinal);
            await Assert.ThrowsAsync<InvalidDataException>(() => pacer.SendAsync(new byte[6], 24000, WavEncoding.Pcm16, channels: 2));
        }

        [Fact]
        public async Task UnsupportedRatesAndFilesAreRejected()
        {
            var pacer = new AudioPacer((_, _) => default, new AudioPacerOptions { RealTime = false });
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => pacer.SendAsync(new byte[100], 11025));
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => pacer.SendAsync(new byte[100], 24000, channels: 0));

            byte[] floatWav = new byte[48];
            "RIFF"u8.CopyTo(floatWav);
            "WAVEfmt "u8.CopyTo(floatWav.AsSpan(8));
            floatWav[16] = 16;
            floatWav[20] = 3; // IEEE float
            floatWav[34] = 32;
            var path = Path.GetTempFileName();
            try
            {
                File.WriteAllBytes(path, floatWav);
                var error = await Assert.ThrowsAsync<InvalidDataException>(() => pacer.SendWavAsync(path));
                Assert.Contains("format tag 3", error.Message, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(path);
            }

            Assert.Throws<ArgumentOutOfRangeException>(() => new AudioPacerOptions { ChunkDuration = TimeSpan.FromMilliseconds(10) });
            Assert.Throws<ArgumentOutOfRangeException>(() => new AudioPacer((_, _) => default, new AudioPacerOptions { SampleRate = 44100 }));
        }

        private static async Task<(List<byte[]> Chunks, TimeSpan Duration)> SendFastAsync(AudioPacerOptions options, Func<AudioPacer, Task<TimeSpan>> send)
        {
            options.RealTime = false;
            var chunks = new List<byte[]>();
            var pacer = new AudioPacer((chunk, _) => { chunks.Add(chunk.ToArray()); return default; }, options);
            TimeSpan duration = await send(pacer).OrTimeout("the pacer");
            return (chunks, duration);
        }

        private static short[] ResampleAll(short[] input, int from, int to)
        {
            var resampler = new AudioResampler(from, to);
            var output = new short[resampler.GetMaxOutputLength(input.Length) + resampler.GetMaxOutputLength(0)];
            int n = resampler.Process(input, output);
            n += resampler.Flush(output.AsSpan(n));
            return output.Take(n).ToArray();
        }

        private static short[] Tone(int rate, double frequency, int count)
            => Enumerable.Range(0, count).Select(i => (short)(8000 * Math.Sin(2 * Math.PI * frequency * i / rate))).ToArray();

        private static async IAsyncEnumerable<ReadOnlyMemory<byte>> Split(byte[] data, params int[] sizes)
        {
            int offset = 0, index = 0;
            while (offset < data.Length)
            {
                int size = Math.Min(sizes[index++ % sizes.Length], data.Length - offset);
                await Task.Yield();
                yield return new ReadOnlyMemory<byte>(data, offset, size);
                offset += size;
            }
        }
    }
}
