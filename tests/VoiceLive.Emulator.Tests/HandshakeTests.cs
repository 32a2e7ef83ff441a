using System;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Emulator.Tests
{
    public class HandshakeTests
    {
        private static Action<ClientWebSocketOptions> Key(string key = "test-key") => o => o.SetRequestHeader("api-key", key);

        [Fact]
        public async Task Endpoint_is_loopback_with_an_ephemeral_port()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();

            Assert.Equal("http", emulator.Endpoint.Scheme);
            Assert.Equal("127.0.0.1", emulator.Endpoint.Host);
            Assert.NotEqual(0, emulator.Endpoint.Port);
        }

        [Theory]
        [InlineData("/voice-live/other?api-version=2026-07-15&model=gpt-realtime", 404)]
        [InlineData("/voice-live/realtime?model=gpt-realtime", 400)]
        [InlineData("/voice-live/realtime?api-version=2026-07-15", 400)]
        [InlineData("/voice-live/realtime?api-version=2026-07-15&agent-name=a", 400)]
        [InlineData("/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime", 101)]
        [InlineData("/voice-live/realtime?api-version=2026-07-15&agent-name=a&agent-project-name=p", 101)]
        [InlineData("/voice-live/realtime?api-version=2026-07-15&model=m&emulator-refuse-status=429", 429)]
        [InlineData("/voice-live/realtime?api-version=2026-07-15&model=m&emulator-fault=refuse&emulator-refuse-status=403", 403)]
        [InlineData("/voice-live/realtime?api-version=2026-07-15&model=m&emulator-fault=bogus", 400)]
        [InlineData("/voice-live/realtime?api-version=2026-07-15&model=m&emulator-benchmark=bogus", 400)]
        [InlineData("/voice-live/realtime?api-version=2026-07-15&model=m&emulator-benchmark=refuse", 400)]
        public async Task Handshake_answers_like_the_service(string pathAndQuery, int expected)
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();

            int status = await TestClient.HandshakeStatusAsync(new Uri("ws://" + emulator.Endpoint.Authority + pathAndQuery), Key());

            Assert.Equal(expected, status);
        }

        [Fact]
        public async Task Missing_credentials_get_401_and_a_bearer_token_is_accepted()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            Uri uri = emulator.GetWebSocketUri();

            Assert.Equal(401, await TestClient.HandshakeStatusAsync(uri));
            Assert.Equal(101, await TestClient.HandshakeStatusAsync(uri, o => o.SetRequestHeader("Authorization", "Bearer abc")));
        }

        [Fact]
        public async Task Configured_key_and_token_reject_other_values()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync(o =>
            {
                o.ApiKey = "right";
                o.BearerToken = "good-token";
            });
            Uri uri = emulator.GetWebSocketUri();

            Assert.Equal(401, await TestClient.HandshakeStatusAsync(uri, Key("wrong")));
            Assert.Equal(101, await TestClient.HandshakeStatusAsync(uri, Key("right")));
            Assert.Equal(401, await TestClient.HandshakeStatusAsync(uri, o => o.SetRequestHeader("Authorization", "Bearer bad")));
            Assert.Equal(101, await TestClient.HandshakeStatusAsync(uri, o => o.SetRequestHeader("Authorization", "Bearer good-token")));
        }

        [Theory]
        [InlineData(403)]
        [InlineData(500)]
        [InlineData(503)]
        public async Task RefuseUpgradeStatusCode_refuses_every_upgrade(int status)
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync(o => o.RefuseUpgradeStatusCode = status);

            Assert.Equal(status, await TestClient.HandshakeStatusAsync(emulator.GetWebSocketUri(), Key()));
            Assert.Equal(1, emulator.ConnectionAttempts);
            Assert.Empty(emulator.Connections);
        }

        [Fact]
        public async Task FaultSelector_can_refuse_the_first_attempt_only()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync(o =>
                o.FaultSelector = attempt => attempt == 0 ? new EmulatorFaults { Kind = EmulatorFaultKind.RefuseUpgrade, RefuseStatusCode = 503 } : null);

            Assert.Equal(503, await TestClient.HandshakeStatusAsync(emulator.GetWebSocketUri(), Key()));
            Assert.Equal(101, await TestClient.HandshakeStatusAsync(emulator.GetWebSocketUri(), Key()));
        }

        [Fact]
        public async Task Session_created_carries_a_complete_session()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, session) = await TestClient.ConnectReadyAsync(emulator);
            await using var _ = client;

            EmulatorConnection connection = await emulator.WaitForConnectionAsync(0, TestClient.Timeout);
            Assert.Equal(connection.SessionId, (string?)session["id"]);
            Assert.StartsWith("sess_", (string?)session["id"], StringComparison.Ordinal);
            Assert.Equal("gpt-realtime", (string?)session["model"]);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""["text","audio"]"""), session["modalities"]));
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"openai","name":"alloy"}"""), session["voice"]));
            Assert.Equal("pcm16", (string?)session["input_audio_format"]);
            Assert.Equal("pcm16", (string?)session["output_audio_format"]);
            Assert.Equal(24000, (int)session["input_audio_sampling_rate"]!);
            Assert.True(JsonNode.DeepEquals(
                JsonNode.Parse("""{"type":"server_vad","threshold":0.5,"prefix_padding_ms":300,"silence_duration_ms":500,"create_response":true,"interrupt_response":true,"auto_truncate":false}"""),
                session["turn_detection"]));
            Assert.Empty((JsonArray)session["tools"]!);
            Assert.Equal("auto", (string?)session["tool_choice"]);
            Assert.Equal(0.8, (double)session["temperature"]!);
            Assert.Equal("inf", (string?)session["max_response_output_tokens"]);
            Assert.Equal("", (string?)session["instructions"]);
            Assert.True(session.ContainsKey("input_audio_transcription"));
            long expires = (long)session["expires_at"]!;
            Assert.InRange(expires, DateTimeOffset.UtcNow.AddMinutes(29).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(31).ToUnixTimeSeconds());
            Assert.Equal("test-key", connection.RequestHeaders["api-key"]);
            Assert.Equal("2026-07-15", connection.Query["api-version"]);
        }

        [Fact]
        public async Task Agent_session_reports_the_agent()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            using var socket = new ClientWebSocket();
            socket.Options.SetRequestHeader("Authorization", "Bearer t");
            await socket.ConnectAsync(new Uri("ws://" + emulator.Endpoint.Authority + "/voice-live/realtime?api-version=2026-07-15&agent-name=helper&agent-project-name=proj"), default);
            var buffer = new byte[64 * 1024];
            WebSocketReceiveResult result = await socket.ReceiveAsync(buffer, new System.Threading.CancellationTokenSource(TestClient.Timeout).Token);
            JsonNode created = JsonNode.Parse(buffer.AsSpan(0, result.Count))!;

            Assert.Equal("agent", (string?)created["session"]!["agent"]!["type"]);
            Assert.Equal("helper", (string?)created["session"]!["agent"]!["name"]);
        }
    }
}
