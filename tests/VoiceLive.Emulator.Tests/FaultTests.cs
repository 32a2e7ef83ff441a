using System;
using System.Diagnostics;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Emulator.Tests
{
    public class FaultTests
    {
        [Theory]
        [InlineData(1001, "session_expired")]
        [InlineData(1011, "emulator fault")]
        [InlineData(4000, "custom")]
        public async Task Close_mid_response_delivers_the_code_and_reason(int code, string reason)
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            string query = "emulator-fault=close" + (code == 1011 ? string.Empty : $"&emulator-close-code={code}&emulator-close-reason={reason}");
            var (client, _) = await TestClient.ConnectReadyAsync(emulator, query);
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            await client.WaitForAsync("response.audio.delta");
            var (type, _, _) = await client.ReceiveRawAsync();

            Assert.Equal(WebSocketMessageType.Close, type);
            Assert.Equal(code, (int)client.Socket.CloseStatus!);
            Assert.Equal(reason, client.Socket.CloseStatusDescription);
            Assert.DoesNotContain(client.Received, e => (string?)e["type"] == "response.done");
        }

        [Fact]
        public async Task Abort_drops_the_connection_without_a_close_frame()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator, "emulator-fault=abort");
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            var error = await Assert.ThrowsAsync<WebSocketException>(async () =>
            {
                while (true)
                {
                    await client.ReceiveAsync();
                }
            });

            Assert.Equal(WebSocketError.ConnectionClosedPrematurely, error.WebSocketErrorCode);
            Assert.Contains(client.Received, e => (string?)e["type"] == "response.audio.delta");
            Assert.DoesNotContain(client.Received, e => (string?)e["type"] == "response.done");
            Assert.Null(client.Socket.CloseStatus);
        }

        [Fact]
        public async Task FaultSelector_aborts_only_the_first_connection()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync(o =>
                o.FaultSelector = attempt => attempt == 0 ? new EmulatorFaults { Kind = EmulatorFaultKind.Abort, Trigger = EmulatorFaultTrigger.AfterSessionCreated } : null);

            await using (TestClient first = await TestClient.ConnectAsync(emulator))
            {
                await Assert.ThrowsAsync<WebSocketException>(async () =>
                {
                    while (true)
                    {
                        await first.ReceiveRawAsync();
                    }
                });
            }

            var (second, session) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = second;
            Assert.NotNull(session["id"]);
        }

        [Fact]
        public async Task Malformed_json_then_the_session_carries_on()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator, "emulator-fault=malformed-json");
            await using var __ = client;

            var (type, bytes, _) = await client.ReceiveRawAsync();
            Assert.Equal(WebSocketMessageType.Text, type);
            Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(bytes));

            await client.SendAsync(new JsonObject { ["type"] = "session.update", ["session"] = new JsonObject() });
            Assert.Equal("session.updated", (string?)(await client.ReceiveAsync())["type"]);
        }

        [Fact]
        public async Task Unknown_event_type()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator, "emulator-fault=unknown-event");
            await using var __ = client;

            Assert.Equal("emulator.unknown_event", (string?)(await client.ReceiveAsync())["type"]);
        }

        [Fact]
        public async Task Binary_frame()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator, "emulator-fault=binary-frame");
            await using var __ = client;

            var (type, bytes, _) = await client.ReceiveRawAsync();
            Assert.Equal(WebSocketMessageType.Binary, type);
            Assert.Equal("emulator.binary_frame", (string?)JsonNode.Parse(bytes)!["type"]);
        }

        [Fact]
        public async Task Oversized_message_has_exactly_the_requested_size()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator, "emulator-fault=oversized&emulator-oversized-bytes=300001");
            await using var __ = client;

            var (_, bytes, _) = await client.ReceiveRawAsync();
            Assert.Equal(300001, bytes.Length);
            Assert.Equal("response.audio.delta", (string?)JsonNode.Parse(bytes)!["type"]);
        }

        [Fact]
        public async Task Invalid_utf8_fails_the_client_receive()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator, "emulator-fault=invalid-utf8");
            await using var __ = client;

            await Assert.ThrowsAsync<WebSocketException>(() => client.ReceiveRawAsync());
        }

        [Fact]
        public async Task Deep_json_exceeds_the_default_reader_depth()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator, "emulator-fault=deep-json&emulator-depth=200");
            await using var __ = client;

            var (_, bytes, _) = await client.ReceiveRawAsync();
            Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(bytes));
            using JsonDocument deep = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 300 });
            Assert.Equal("emulator.deep_json", deep.RootElement.GetProperty("type").GetString());
        }

        [Fact]
        public async Task Fragmentation_splits_every_message_into_small_frames()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            TestClient client = await TestClient.ConnectAsync(emulator, "emulator-fragment-bytes=7");
            await using var __ = client;

            var (type, bytes, frames) = await client.ReceiveRawAsync();

            Assert.Equal(WebSocketMessageType.Text, type);
            Assert.Equal((bytes.Length + 6) / 7, frames);
            Assert.Equal("session.created", (string?)JsonNode.Parse(bytes)!["type"]);
        }

        [Fact]
        public async Task Delay_postpones_every_message()
        {
            var clock = new SignallingTimeProvider();
            var delay = TimeSpan.FromMilliseconds(300);
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync(o => o.TimeProvider = clock);
            TestClient client = await TestClient.ConnectAsync(emulator, "emulator-delay-ms=300");
            await using var __ = client;
            Task<(WebSocketMessageType Type, byte[] Bytes, int Frames)> first = client.ReceiveRawAsync();

            // Held back on the emulator's clock: not a moment before the delay has passed on it, and sent once it has.
            await clock.WaitForTimerAsync(delay, "the emulator to hold session.created back");
            clock.AdvanceThroughDeadline(delay, first, "session.created was sent before the delay had passed");
            var (type, bytes, _) = await first.OrTimeout("session.created once the delay has passed");
            Assert.Equal(WebSocketMessageType.Text, type);
            Assert.Equal("session.created", (string?)JsonNode.Parse(bytes)!["type"]);

            // The next message waits its own delay, counted from when it is sent.
            await client.SendAsync(new JsonObject { ["type"] = "session.update", ["session"] = new JsonObject() });
            Task<(WebSocketMessageType Type, byte[] Bytes, int Frames)> second = client.ReceiveRawAsync();
            await clock.WaitForTimersAsync(delay, 2, "the emulator to hold session.updated back");
            clock.AdvanceThroughDeadline(delay, second, "session.updated was sent before its delay had passed");
            (_, bytes, _) = await second.OrTimeout("session.updated once its delay has passed");
            Assert.Equal("session.updated", (string?)JsonNode.Parse(bytes)!["type"]);
        }

        [Fact]
        public async Task Stop_responding_leaves_pings_unanswered()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            TestClient client = await TestClient.ConnectAsync(emulator, "emulator-fault=stop-responding", o =>
            {
                o.KeepAliveInterval = TimeSpan.FromMilliseconds(100);
                o.KeepAliveTimeout = TimeSpan.FromMilliseconds(300);
            });
            await using var __ = client;
            await client.ReceiveAsync();

            // The runtime's keep-alive timer aborts the socket whether or not a receive is pending; a pending receive sees an
            // OperationCanceledException, a later one a WebSocketException, so which one depends on scheduling. Waiting for the
            // abort first makes the outcome one: the receive is refused and names the missing pong as its cause.
            await WaitUntilAsync(() => client.Socket.State != WebSocketState.Open, "the keep-alive timeout to abort the socket");
            Assert.Equal(WebSocketState.Aborted, client.Socket.State);
            WebSocketException refused = await Assert.ThrowsAsync<WebSocketException>(() => client.ReceiveRawAsync());
            WebSocketException cause = Assert.IsType<WebSocketException>(refused.InnerException);
            Assert.Contains("KeepAliveTimeout", cause.Message, StringComparison.Ordinal);
        }

        // ClientWebSocket raises no event when it aborts, so its state is read until it changes or the deadline fails the test.
        private static async Task WaitUntilAsync(Func<bool> condition, string what)
        {
            using var deadline = new CancellationTokenSource(TestClient.Timeout);
            while (!condition())
            {
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(10), deadline.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException($"Timed out after {TestClient.Timeout.TotalSeconds} s waiting for {what}.");
                }
            }
        }

        [Fact]
        public async Task No_session_created_stays_silent_but_records()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync(o => o.Faults = new EmulatorFaults { Kind = EmulatorFaultKind.NoSessionCreated });
            TestClient client = await TestClient.ConnectAsync(emulator);
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "session.update", ["session"] = new JsonObject() });
            EmulatorConnection connection = await emulator.WaitForConnectionAsync(0, TestClient.Timeout);
            await connection.WaitForEventAsync("session.update", TestClient.Timeout);
            await client.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", default);

            // The server processed our event before our close, so anything it sent would arrive first.
            var (type, _, _) = await client.ReceiveRawAsync();
            Assert.Equal(WebSocketMessageType.Close, type);
            await connection.Completion.WaitAsync(TestClient.Timeout);
            Assert.Equal(WebSocketCloseStatus.NormalClosure, connection.ClientCloseStatus);
            Assert.Equal("bye", connection.ClientCloseDescription);
        }

        [Fact]
        public async Task Firehose_sends_the_requested_number_of_deltas()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator, "emulator-benchmark=firehose&emulator-firehose-count=300&emulator-firehose-chunk-bytes=960");
            await using var __ = client;

            long before = Stopwatch.GetTimestamp();
            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            var events = await client.CollectUntilAsync("response.done");
            long after = Stopwatch.GetTimestamp();

            var audio = events.Where(e => (string?)e["type"] == "response.audio.delta").ToList();
            Assert.Equal(300, audio.Count);
            Assert.Equal(300, events.Count(e => (string?)e["type"] == "response.audio_transcript.delta"));
            Assert.All(audio, e => Assert.Equal(960, Convert.FromBase64String((string)e["delta"]!).Length));
            // The in-process emulator stamps on this process's monotonic clock: each stamp falls inside the response's
            // span, and the stamps follow the order the deltas were sent in.
            long[] stamps = audio.Select(e => (long)e["emulator_sent_ts"]!).ToArray();
            Assert.All(stamps, ts => Assert.InRange(ts, before, after));
            Assert.Equal(stamps.Order(), stamps);
            Assert.Equal("response.created", (string?)events[0]["type"]);
            Assert.Equal("completed", (string?)events[^1]["response"]!["status"]);
        }

        [Fact]
        public async Task Received_events_are_recorded_in_order_and_waits_time_out_loudly()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "input_audio_buffer.clear", ["event_id"] = "a" });
            await client.SendAsync(new JsonObject { ["type"] = "output_audio_buffer.clear", ["event_id"] = "b" });
            EmulatorConnection connection = emulator.Connections.Single();
            EmulatorReceivedEvent second = await connection.WaitForEventAsync(1, TestClient.Timeout);

            Assert.Equal("output_audio_buffer.clear", second.Type);
            Assert.Equal(new[] { "a", "b" }, connection.ReceivedEvents.Select(e => (string?)e.ToJsonNode()["event_id"]));
            var timeout = await Assert.ThrowsAsync<TimeoutException>(() => connection.WaitForEventAsync("response.create", TimeSpan.FromMilliseconds(50)));
            Assert.Contains("input_audio_buffer.clear", timeout.Message, StringComparison.Ordinal);

            await connection.SendRawAsync("""{"type":"warning","warning":{"message":"injected"}}""");
            JsonObject injected = await client.WaitForAsync("warning");
            Assert.Equal("injected", (string?)injected["warning"]!["message"]);
        }
    }
}
