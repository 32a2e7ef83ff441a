using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Emulator.Tests
{
    public class SessionUpdateTests
    {
        [Fact]
        public async Task Valid_update_is_merged_and_answered_with_the_full_session()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            await client.SendAsync(new JsonObject
            {
                ["type"] = "session.update",
                ["session"] = JsonNode.Parse("""
                    {"instructions":"Be brief.","turn_detection":{"type":"server_vad","silence_duration_ms":300},
                     "voice":{"type":"azure-standard","name":"en-US-AvaNeural","temperature":0.7},
                     "input_audio_format":"g711_ulaw","output_audio_format":"pcm16_16000hz",
                     "input_audio_transcription":{"model":"azure-speech"},"temperature":1.0,"max_response_output_tokens":200,
                     "tools":[{"type":"function","name":"get_weather","parameters":{"type":"object"}}],"tool_choice":"required"}
                    """),
            });
            JsonObject session = (JsonObject)(await client.WaitForAsync("session.updated"))["session"]!;

            Assert.Equal("Be brief.", (string?)session["instructions"]);
            Assert.Equal(300, (int)session["turn_detection"]!["silence_duration_ms"]!);
            Assert.Equal(0.5, (double)session["turn_detection"]!["threshold"]!);
            Assert.Equal("g711_ulaw", (string?)session["input_audio_format"]);
            Assert.Equal(8000, (int)session["input_audio_sampling_rate"]!);
            Assert.Equal("pcm16_16000hz", (string?)session["output_audio_format"]);
            Assert.Equal("azure-speech", (string?)session["input_audio_transcription"]!["model"]);
            Assert.Equal("get_weather", (string?)session["tools"]![0]!["name"]);
            Assert.Equal("required", (string?)session["tool_choice"]);
            Assert.Equal(200, (int)session["max_response_output_tokens"]!);
            Assert.NotNull(session["id"]);
            Assert.Equal(new[] { "session.update" }, System.Array.ConvertAll(
                System.Linq.Enumerable.ToArray(emulator.Connections[0].ReceivedEvents), e => e.Type!));
        }

        [Fact]
        public async Task Null_turn_detection_disables_vad()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "session.update", ["session"] = new JsonObject { ["turn_detection"] = null } });
            JsonObject session = (JsonObject)(await client.WaitForAsync("session.updated"))["session"]!;

            Assert.True(session.ContainsKey("turn_detection"));
            Assert.Null(session["turn_detection"]);
        }

        [Theory]
        [InlineData("""{"input_audio_format":"mp3"}""", "session.input_audio_format")]
        [InlineData("""{"output_audio_format":"pcm16-8000hz"}""", "session.output_audio_format")]
        [InlineData("""{"input_audio_sampling_rate":44100}""", "session.input_audio_sampling_rate")]
        [InlineData("""{"input_audio_format":"g711_alaw","input_audio_sampling_rate":16000}""", "session.input_audio_sampling_rate")]
        [InlineData("""{"temperature":5.0}""", "session.temperature")]
        [InlineData("""{"turn_detection":{"type":"magic_vad"}}""", "session.turn_detection.type")]
        [InlineData("""{"turn_detection":{"type":"server_vad","threshold":1.5}}""", "session.turn_detection.threshold")]
        [InlineData("""{"voice":{"type":"robot","name":"x"}}""", "session.voice.type")]
        [InlineData("""{"voice":{"type":"azure-custom","name":"x"}}""", "session.voice.endpoint_id")]
        [InlineData("""{"voice":"bob"}""", "session.voice")]
        [InlineData("""{"voice":{"type":"openai","name":"nope"}}""", "session.voice.name")]
        [InlineData("""{"modalities":["smell"]}""", "session.modalities")]
        [InlineData("""{"max_response_output_tokens":0}""", "session.max_response_output_tokens")]
        [InlineData("""{"tools":[{"type":"function"}]}""", "session.tools[0]")]
        public async Task Invalid_update_gets_an_error_naming_the_field(string update, string param)
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "session.update", ["event_id"] = "evt_bad", ["session"] = JsonNode.Parse(update) });
            JsonObject error = await client.ReceiveAsync();

            Assert.Equal("error", (string?)error["type"]);
            Assert.Equal("invalid_request_error", (string?)error["error"]!["type"]);
            Assert.Equal("invalid_value", (string?)error["error"]!["code"]);
            Assert.Equal(param, (string?)error["error"]!["param"]);
            Assert.Equal("evt_bad", (string?)error["error"]!["event_id"]);
            Assert.False(string.IsNullOrEmpty((string?)error["error"]!["message"]));

            // The rejected update changed nothing.
            await client.SendAsync(new JsonObject { ["type"] = "session.update", ["session"] = new JsonObject() });
            JsonObject session = (JsonObject)(await client.WaitForAsync("session.updated"))["session"]!;
            Assert.Equal("pcm16", (string?)session["input_audio_format"]);
            Assert.Equal(24000, (int)session["input_audio_sampling_rate"]!);
        }

        [Fact]
        public async Task Unknown_client_event_type_and_bad_json_get_errors()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "session.teleport", ["event_id"] = "e1" });
            JsonObject unknown = await client.ReceiveAsync();
            await client.SendRawAsync("{not json");
            JsonObject bad = await client.ReceiveAsync();

            Assert.Equal("type", (string?)unknown["error"]!["param"]);
            Assert.Equal("e1", (string?)unknown["error"]!["event_id"]);
            Assert.Equal("invalid_json", (string?)bad["error"]!["code"]);
            EmulatorReceivedEvent recorded = await emulator.Connections[0].WaitForEventAsync(1, TestClient.Timeout);
            Assert.Null(recorded.Type);
            Assert.Equal("{not json", recorded.Json);
        }
    }
}
