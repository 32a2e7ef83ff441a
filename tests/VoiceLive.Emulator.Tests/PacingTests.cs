using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.Emulator.Tests
{
    /// <summary>Real-time pacing of reply audio runs on <see cref="VoiceLiveEmulatorOptions.TimeProvider"/>.</summary>
    public class PacingTests
    {
        [Fact]
        public async Task Real_time_pacing_sends_each_audio_chunk_once_its_time_has_come_on_the_emulators_clock()
        {
            var clock = new SignallingTimeProvider();
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync(o =>
            {
                o.AudioPacing = EmulatorAudioPacing.RealTime;
                o.TimeProvider = clock;
                o.Responder = new DelegateEmulatorResponder(_ => EmulatorReply.Say("Paced by the clock."));
            });
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;
            var chunk = TimeSpan.FromMilliseconds(emulator.Options.AudioChunkMs);

            // The first chunk is due at once; the second waits one chunk's length on the clock, not a moment less.
            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            await client.WaitForAsync("response.audio.delta");
            await clock.WaitForTimerAsync(chunk, "the second chunk to wait for its time");
            Task<JsonObject> second = client.WaitForAsync("response.audio.delta");
            clock.AdvanceThroughDeadline(chunk, second, "the second chunk was sent before its time on the emulator's clock");
            await second.OrTimeout("the second chunk once its time has come");

            // Each later chunk waits its own length too: one timer per chunk after the first.
            Task<JsonObject> done = client.WaitForAsync("response.done");
            await clock.DriveUntilAsync(done);
            Assert.Equal("completed", (string?)(await done)["response"]!["status"]);
            int chunks = client.Received.Count(e => (string?)e["type"] == "response.audio.delta");
            Assert.Equal(chunks - 1, clock.TimersCreated(chunk));
        }
    }
}
