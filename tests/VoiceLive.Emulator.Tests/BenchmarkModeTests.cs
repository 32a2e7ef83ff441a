using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Emulator.Tests
{
    /// <summary>The benchmark modes, chosen by <c>emulator-benchmark</c>, by <c>emulator-fault</c> (the older name) or by options.</summary>
    public class BenchmarkModeTests
    {
        private static readonly string Audio = Convert.ToBase64String(new byte[] { 1, 2, 3, 4, 5, 6 });

        [Theory]
        [InlineData("emulator-benchmark=echo")]
        [InlineData("emulator-fault=echo")]
        public async Task Echo_answers_each_append_with_its_audio_and_skips_the_log(string query)
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator, query);
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "input_audio_buffer.append", ["audio"] = Audio });
            JsonObject echoed = await client.WaitForAsync("response.audio.delta");

            Assert.Equal(Audio, (string?)echoed["delta"]);
            Assert.StartsWith("event_echo_", (string?)echoed["event_id"], StringComparison.Ordinal);
            Assert.True((long)echoed["emulator_sent_ts"]! > 0);
            await client.SendAsync(new JsonObject { ["type"] = "input_audio_buffer.clear" });
            EmulatorConnection connection = emulator.Connections.Single();
            await connection.WaitForEventAsync("input_audio_buffer.clear", TestClient.Timeout);
            Assert.DoesNotContain(connection.ReceivedEvents, e => e.Type == "input_audio_buffer.append");
        }

        [Fact]
        public async Task Sink_drops_appends_and_still_answers_other_events()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync(o => o.Benchmark = new EmulatorBenchmark { Mode = EmulatorBenchmarkMode.Sink });
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "input_audio_buffer.append", ["audio"] = Audio });
            await client.SendAsync(new JsonObject { ["type"] = "output_audio_buffer.clear" });
            await client.WaitForAsync("output_audio_buffer.cleared");

            Assert.DoesNotContain(client.Received, e => (string?)e["type"] == "response.audio.delta");
            Assert.DoesNotContain(emulator.Connections.Single().ReceivedEvents, e => e.Type == "input_audio_buffer.append");
        }

        [Fact]
        public async Task A_benchmark_named_by_emulator_fault_replaces_the_configured_fault()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync(o => o.Faults = new EmulatorFaults { Kind = EmulatorFaultKind.NoSessionCreated });
            var (client, _) = await TestClient.ConnectReadyAsync(emulator, "emulator-fault=firehose&emulator-firehose-count=3");
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            var events = await client.CollectUntilAsync("response.done");

            Assert.Equal(3, events.Count(e => (string?)e["type"] == "response.audio.delta"));
        }

        [Fact]
        public async Task Firehose_from_options_uses_the_options_counts_and_openai_names()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync(o => o.Benchmark = new EmulatorBenchmark
            {
                Mode = EmulatorBenchmarkMode.Firehose,
                FirehoseCount = 4,
                FirehoseChunkBytes = 12,
                FirehoseOpenAINames = true,
            });
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            var events = await client.CollectUntilAsync("response.done");

            var audio = events.Where(e => (string?)e["type"] == "response.output_audio.delta").ToList();
            Assert.Equal(4, audio.Count);
            Assert.All(audio, e => Assert.Equal(12, Convert.FromBase64String((string)e["delta"]!).Length));
            Assert.Equal(4, events.Count(e => (string?)e["type"] == "response.output_audio_transcript.delta"));
        }
    }
}
