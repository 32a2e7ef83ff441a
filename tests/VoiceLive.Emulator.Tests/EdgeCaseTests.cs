using System;
using System.Linq;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Emulator.Tests
{
    public class EdgeCaseTests
    {
        [Fact]
        public async Task Auto_truncate_cuts_the_interrupted_item_at_the_audio_sent()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync(o =>
            {
                o.AudioPacing = EmulatorAudioPacing.RealTime;
                o.Responder = new DelegateEmulatorResponder(_ => EmulatorReply.Say("An answer long enough to be interrupted by the user."));
            });
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;
            await client.SendAsync(new JsonObject { ["type"] = "session.update", ["session"] = JsonNode.Parse("""{"turn_detection":{"type":"server_vad","auto_truncate":true}}""") });
            await client.WaitForAsync("session.updated");

            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            string itemId = (string)(await client.WaitForAsync("response.output_item.added"))["item"]!["id"]!;
            await client.WaitForAsync("response.audio.delta");
            await client.AppendAudioAsync(EmulatorAudio.ToBytes(EmulatorSpeech.Synthesize("wait", 24000)));
            JsonObject done = await client.WaitForAsync("response.done");
            JsonObject truncated = await client.WaitForAsync("conversation.item.truncated");

            Assert.Equal("turn_detected", (string?)done["response"]!["status_details"]!["reason"]);
            Assert.Equal(itemId, (string?)truncated["item_id"]);
            int sentMs = client.Received.Count(e => (string?)e["type"] == "response.audio.delta") * emulator.Options.AudioChunkMs;
            Assert.InRange((int)truncated["audio_end_ms"]!, 1, sentMs);
        }

        [Fact]
        public async Task A_throwing_responder_fails_the_response()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync(o =>
                o.Responder = new DelegateEmulatorResponder(_ => throw new InvalidOperationException("model exploded")));
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            JsonObject done = await client.WaitForAsync("response.done");

            Assert.Equal("failed", (string?)done["response"]!["status"]);
            Assert.Equal("model exploded", (string?)done["response"]!["status_details"]!["error"]!["message"]);

            // The session is still usable: the next response works.
            await client.SendAsync(new JsonObject { ["type"] = "session.update", ["session"] = new JsonObject() });
            await client.WaitForAsync("session.updated");
        }

        [Fact]
        public async Task Pcm16_appends_may_split_a_sample_across_events()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;
            await client.SendAsync(new JsonObject { ["type"] = "session.update", ["session"] = JsonNode.Parse("""{"turn_detection":null,"input_audio_transcription":{"model":"azure-speech"}}""") });
            await client.WaitForAsync("session.updated");

            await client.AppendAudioAsync(EmulatorAudio.ToBytes(EmulatorSpeech.Synthesize("odd chunks", 16000 + 8000)), chunkBytes: 999);
            await client.SendAsync(new JsonObject { ["type"] = "input_audio_buffer.commit" });
            JsonObject completed = await client.WaitForAsync("conversation.item.input_audio_transcription.completed");

            Assert.Equal("odd chunks", (string?)completed["transcript"]);
        }

        [Fact]
        public async Task Browser_style_query_credentials_are_accepted()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync(o => o.ApiKey = "k1");

            Assert.Equal(101, await TestClient.HandshakeStatusAsync(emulator.GetWebSocketUri(extraQuery: "api-key=k1")));
            Assert.Equal(401, await TestClient.HandshakeStatusAsync(emulator.GetWebSocketUri(extraQuery: "api-key=k2")));
        }

        [Fact]
        public async Task Disposing_the_emulator_ends_open_connections()
        {
            VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;
            EmulatorConnection connection = emulator.Connections.Single();

            await emulator.DisposeAsync();

            await connection.Completion.WaitAsync(TestClient.Timeout);
            await Assert.ThrowsAsync<WebSocketException>(() => client.ReceiveAsync());
        }
    }
}
