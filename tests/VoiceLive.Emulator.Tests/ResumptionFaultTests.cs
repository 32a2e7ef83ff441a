using System;
using System.Linq;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Emulator.Tests
{
    /// <summary>The faults a resuming client is tested with: refusals before accepting, faults on the first connections only, expiry, a drop between turns.</summary>
    public class ResumptionFaultTests
    {
        private static Action<ClientWebSocketOptions> Key() => o => o.SetRequestHeader("api-key", "k");

        [Fact]
        public async Task Refuse_count_refuses_that_many_attempts_from_refuse_from_then_accepts()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            Uri uri = emulator.GetWebSocketUri(extraQuery: "emulator-refuse-count=2&emulator-refuse-from=1&emulator-refuse-status=503");

            int[] statuses = new int[4];
            for (int i = 0; i < statuses.Length; i++)
            {
                statuses[i] = await TestClient.HandshakeStatusAsync(uri, Key());
            }

            Assert.Equal(new[] { 101, 503, 503, 101 }, statuses);
        }

        [Fact]
        public async Task Fault_connections_limits_the_fault_to_the_first_attempts()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            const string Query = "emulator-fault=close&emulator-fault-at=connect&emulator-close-code=1012&emulator-fault-connections=1";

            var (first, _) = await TestClient.ConnectReadyAsync(emulator, Query);
            await using var _1 = first;
            var (type, _, _) = await first.ReceiveRawAsync();
            Assert.Equal(WebSocketMessageType.Close, type);
            Assert.Equal(1012, (int)first.Socket.CloseStatus!);

            var (second, _) = await TestClient.ConnectReadyAsync(emulator, Query);
            await using var _2 = second;
            await second.SendAsync(new JsonObject { ["type"] = "response.create" });
            await second.WaitForAsync("response.done");
            Assert.Null(second.Socket.CloseStatus);
        }

        [Fact]
        public async Task Max_session_duration_closes_with_1001_session_expired_and_expires_at_reports_it()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            DateTimeOffset before = DateTimeOffset.UtcNow;
            var (client, session) = await TestClient.ConnectReadyAsync(emulator, "emulator-max-session-ms=200");
            await using var _ = client;

            long expiresAt = (long)session["expires_at"]!;
            Assert.InRange(expiresAt, before.ToUnixTimeSeconds(), before.AddSeconds(5).ToUnixTimeSeconds());
            var (type, _, _) = await client.ReceiveRawAsync();
            Assert.Equal(WebSocketMessageType.Close, type);
            Assert.Equal(1001, (int)client.Socket.CloseStatus!);
            Assert.Equal("session_expired", client.Socket.CloseStatusDescription);
        }

        [Fact]
        public async Task Fault_at_response_done_drops_between_turns_after_the_whole_response()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator, "emulator-fault=close&emulator-fault-at=response-done&emulator-close-code=1011");
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            await client.WaitForAsync("response.done");
            var (type, _, _) = await client.ReceiveRawAsync();

            Assert.Equal(WebSocketMessageType.Close, type);
            Assert.Equal(1011, (int)client.Socket.CloseStatus!);
        }
    }
}
