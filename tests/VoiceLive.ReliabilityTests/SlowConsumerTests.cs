using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace VoiceLive.ReliabilityTests
{
    /// <summary>
    /// A slow consumer: the app stops reading while the service streams as fast as it can. The client reads a message only
    /// when the app asks for one, so it buffers at most one message; TCP flow control then stops the sender.
    /// </summary>
    public class SlowConsumerTests
    {
        private const int Pairs = 20_000;        // 20,000 × (4,800-byte audio delta + transcript delta): about 130 MB of JSON
        private const int ChunkBytes = 4800;

        private readonly ITestOutputHelper _output;

        public SlowConsumerTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task Memory_stays_bounded_while_the_app_does_not_read_and_nothing_is_lost_when_it_resumes()
        {
            await using ExternalEmulator emulator = await ExternalEmulator.StartAsync();
            var query = new Dictionary<string, string>
            {
                ["emulator-fault"] = "firehose",
                ["emulator-firehose-count"] = Pairs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["emulator-firehose-chunk-bytes"] = ChunkBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            await using VoiceLiveConnection connection = await Reliability.ConnectAsync(emulator.Endpoint, query);
            Assert.IsType<ServerEventSessionCreated>(await connection.ReceiveAsync());
            long heapBefore = Reliability.LiveHeapBytes();
            long workingSetBefore = Environment.WorkingSet;

            await connection.Response.CreateAsync();
            Assert.IsType<ServerEventResponseCreated>(await connection.ReceiveAsync().AsTask().OrTimeout("response.created"));
            Assert.IsType<ServerEventResponseAudioDelta>(await connection.ReceiveAsync().AsTask().OrTimeout("first delta"));

            // The app stalls for 3 s while the emulator keeps writing (it would finish the whole 130 MB in well under a
            // second if nothing pushed back). Sample the live heap meanwhile.
            long peakHeap = 0;
            var stall = Stopwatch.StartNew();
            while (stall.Elapsed < TimeSpan.FromSeconds(3))
            {
                await Task.Delay(250);
                peakHeap = Math.Max(peakHeap, Reliability.LiveHeapBytes());
            }

            long workingSetStalled = Environment.WorkingSet;

            // Resume: every remaining event arrives, in order, none lost.
            int audio = 1, words = 0;
            ServerEvent? evt;
            while ((evt = await connection.ReceiveAsync().AsTask().OrTimeout("firehose event")) is not ServerEventResponseDone)
            {
                switch (evt)
                {
                    case ServerEventResponseAudioDelta delta:
                        Assert.Equal(ChunkBytes, delta.Delta.Length);
                        Assert.True(words == audio, "deltas out of order");
                        audio++;
                        break;
                    case ServerEventResponseAudioTranscriptDelta:
                        words++;
                        Assert.True(words == audio - 1 || words == audio, "deltas out of order");
                        break;
                    default:
                        throw new Xunit.Sdk.XunitException("Unexpected event " + evt?.Type);
                }
            }

            _output.WriteLine(
                $"live heap before {heapBefore / 1024} KiB, peak while stalled {peakHeap / 1024} KiB; working set {workingSetBefore / (1024 * 1024)} MiB -> {workingSetStalled / (1024 * 1024)} MiB while stalled; received {audio} audio + {words} transcript deltas");
            Assert.Equal(Pairs, audio);
            Assert.Equal(Pairs, words);

            // Bounded: one message (about 6.5 KB) plus the pooled receive buffer, nowhere near the 130 MB the server had to send.
            Assert.True(peakHeap - heapBefore < 8 * 1024 * 1024, $"the live heap grew by {(peakHeap - heapBefore) / 1024} KiB while the app was not reading");
            Assert.True(workingSetStalled - workingSetBefore < 64L * 1024 * 1024, $"the working set grew by {(workingSetStalled - workingSetBefore) / (1024 * 1024)} MiB while the app was not reading");
        }
    }
}
