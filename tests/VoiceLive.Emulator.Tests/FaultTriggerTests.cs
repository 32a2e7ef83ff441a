using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Emulator.Tests
{
    public class FaultTriggerTests
    {
        [Fact]
        public async Task Close_can_fire_right_after_session_created()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator, "emulator-fault=close&emulator-fault-at=connect&emulator-close-code=4001&emulator-close-reason=bye");
            await using var __ = client;

            var (type, _, _) = await client.ReceiveRawAsync();

            Assert.Equal(WebSocketMessageType.Close, type);
            Assert.Equal(4001, (int)client.Socket.CloseStatus!);
            Assert.Equal("bye", client.Socket.CloseStatusDescription);
        }

        [Fact]
        public async Task Stop_responding_mid_response_stops_the_stream()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator, "emulator-fault=stop-responding&emulator-fault-at=response");
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            await client.WaitForAsync("response.audio.delta");

            await Assert.ThrowsAsync<System.TimeoutException>(() => client.ReceiveRawAsync(System.TimeSpan.FromMilliseconds(300)));
        }

        [Fact]
        public async Task Response_create_with_a_bad_output_format_is_rejected_and_event_ids_are_recorded()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            await client.SendAsync(new JsonObject
            {
                ["type"] = "response.create",
                ["event_id"] = "rc1",
                ["response"] = new JsonObject { ["output_audio_format"] = "mp3" },
            });
            JsonObject error = await client.WaitForAsync("error");

            Assert.Equal("response.output_audio_format", (string?)error["error"]!["param"]);
            Assert.Equal("rc1", (await emulator.Connections[0].WaitForEventAsync("response.create", TestClient.Timeout)).EventId);
        }
    }
}
