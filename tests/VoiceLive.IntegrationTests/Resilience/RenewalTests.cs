using System;
using System.Linq;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    /// <summary>Session renewal ahead of expiry (VoiceLiveReconnectionOptions.RenewBeforeExpiry) against the emulator.</summary>
    public class RenewalTests
    {
        private static readonly TimeSpan Lead = TimeSpan.FromMinutes(1);

        // From the fake clock's start (just before connecting) past the first session's renewal point: its 30 minutes
        // less the lead, with slack for the connect and for expires_at being whole seconds.
        private static readonly TimeSpan ToRenewal = TimeSpan.FromMinutes(30) - Lead + TimeSpan.FromSeconds(30);

        /// <summary>
        /// The first session lives the emulator's default 30 minutes; the next ones two hours, so that the fake clock,
        /// once advanced to the first renewal, is far from the next one.
        /// </summary>
        private static Task<VoiceLiveEmulator> StartAsync(Action<VoiceLiveEmulatorOptions>? configure = null)
            => Harness.StartEmulatorAsync(o =>
            {
                o.FaultSelector = attempt => attempt >= 1 ? new EmulatorFaults { MaxSessionMs = 2 * 60 * 60 * 1000 } : null;
                configure?.Invoke(o);
            });

        private static Action<VoiceLiveClientOptions> Renewing(TimeProvider time, ILoggerFactory loggerFactory) => options =>
        {
            options.Reconnection.Enabled = true;
            options.Reconnection.InitialDelay = TimeSpan.Zero;
            options.Reconnection.RenewBeforeExpiry = Lead;
            options.Reconnection.TimeProvider = time;
            options.LoggerFactory = loggerFactory;
        };

        private static JsonObject Json(EmulatorReceivedEvent evt) => (JsonObject)evt.ToJsonNode();

        [Fact]
        public async Task Renewal_switches_to_the_restored_next_session_without_an_interruption_and_loses_no_audio_append()
        {
            await using VoiceLiveEmulator emulator = await StartAsync();
            var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
            var log = new CapturingLoggerProvider();
            using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Trace));
            var (connection, reader, first) = await Harness.ConnectReadyAsync(emulator, configure: Renewing(time, loggerFactory));
            await using VoiceLiveConnection _ = connection;
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { Instructions = "Be brief." });
            await connection.Conversation.Item.CreateAsync(new UserMessageItem("Hello there") { Id = "item_user_1" });
            await connection.Response.CreateAsync();
            ServerEventResponseDone done = await reader.WaitForAsync<ServerEventResponseDone>();
            string assistantId = done.Response.Output.OfType<ResponseMessageItem>().Single().Id!;
            int eventsBefore = reader.Received.Count;

            // Audio keeps flowing while the renewal opens the next session and switches over.
            Task<ConnectionResumedEvent> resuming = reader.WaitForAsync<ConnectionResumedEvent>();
            time.Advance(ToRenewal);
            var chunk = new byte[480];
            int sent = 0;
            while (!resuming.IsCompleted && sent < 20_000)
            {
                await connection.InputAudioBuffer.AppendAsync(chunk);
                sent++;
            }

            ConnectionResumedEvent resumed = await resuming;
            for (int i = 0; i < 5; i++)
            {
                await connection.InputAudioBuffer.AppendAsync(chunk);
                sent++;
            }

            Assert.Equal(ConnectionResumeReason.Renewed, resumed.Reason);
            Assert.Equal(1, resumed.Attempts);
            Assert.Equal(2, resumed.ItemsRestored);
            Assert.Equal(0, resumed.AudioBytesNotSent);
            Assert.Empty(reader.OfType<ConnectionInterruptedEvent>());
            Assert.Equal(resumed, reader.Received[^1]);
            Assert.All(reader.Received.Skip(eventsBefore).SkipLast(1), e => Assert.IsNotType<ServerEventSessionCreated>(e));

            // The old session was closed normally by the client; the next one got the restore first, then the audio.
            await first.Completion.WaitAsync(Harness.Timeout);
            Assert.Equal(WebSocketCloseStatus.NormalClosure, first.ClientCloseStatus);
            EmulatorConnection second = await emulator.WaitForConnectionAsync(1, Harness.Timeout);
            Assert.Equal(second.SessionId, resumed.SessionId);
            int appendsToFirst = first.ReceivedEvents.Count(e => e.Type == "input_audio_buffer.append");
            int appendsToSecond = sent - appendsToFirst;
            Assert.True(appendsToSecond >= 5, $"{appendsToSecond} appends reached the next session");
            await second.WaitForEventAsync(3 + appendsToSecond - 1, Harness.Timeout);
            EmulatorReceivedEvent[] received = second.ReceivedEvents.ToArray();
            Assert.Equal(new[] { "session.update", "conversation.item.create", "conversation.item.create" }, received.Take(3).Select(e => e.Type));
            Assert.Equal("Be brief.", (string?)Json(received[0])["session"]!["instructions"]);
            Assert.Equal("item_user_1", (string?)Json(received[1])["item"]!["id"]);
            Assert.Equal(assistantId, (string?)Json(received[2])["item"]!["id"]);
            Assert.Equal(appendsToSecond, received.Skip(3).Count(e => e.Type == "input_audio_buffer.append"));
            Assert.Equal(3 + appendsToSecond, received.Length);

            // The events after the switch are the new session's: its answer to the replayed configuration.
            await reader.WaitForAsync<ServerEventSessionUpdated>();
            Assert.Equal(2, emulator.ConnectionAttempts);
            Assert.True(connection.IsOpen);
        }

        [Fact]
        public async Task Renewal_waits_for_the_active_response_to_end_then_switches_at_the_turn_boundary()
        {
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using VoiceLiveEmulator emulator = await StartAsync(o => o.BeforeResponseDone = (_, ct) => release.Task.WaitAsync(ct));
            var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
            var log = new CapturingLoggerProvider();
            using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Trace));
            var (connection, reader, first) = await Harness.ConnectReadyAsync(emulator, configure: Renewing(time, loggerFactory));
            await using VoiceLiveConnection _ = connection;
            await connection.Conversation.Item.CreateAsync(new UserMessageItem("Tell me a story"));
            await connection.Response.CreateAsync();
            await reader.WaitForAsync<ServerEventResponseCreated>();

            time.Advance(ToRenewal);
            await log.WaitForAsync("The next session is ready");

            // The next session is open but the response runs on in the old one: no switch yet.
            Assert.Equal(2, emulator.Connections.Count);
            Assert.False(first.Completion.IsCompleted);
            Assert.Null(first.ClientCloseStatus);

            release.TrySetResult();
            var events = await reader.CollectUntilAsync<ConnectionResumedEvent>();
            int doneAt = events.FindIndex(e => e is ServerEventResponseDone);
            Assert.True(doneAt >= 0 && doneAt < events.Count - 1, "response.done comes before the switch");
            ServerEventResponseDone done = (ServerEventResponseDone)events[doneAt];
            Assert.Equal(ResponseStatus.Completed, done.Response.Status);
            Assert.Empty(reader.OfType<ConnectionInterruptedEvent>());
            ConnectionResumedEvent resumed = (ConnectionResumedEvent)events[^1];
            Assert.Equal(ConnectionResumeReason.Renewed, resumed.Reason);
            Assert.Equal(2, resumed.ItemsRestored);

            // The next session was given the finished turn: the user's message and the whole answer.
            EmulatorConnection second = await emulator.WaitForConnectionAsync(1, Harness.Timeout);
            await second.WaitForEventAsync(1, Harness.Timeout);
            Assert.Equal(new[] { "conversation.item.create", "conversation.item.create" }, second.ReceivedEvents.Select(e => e.Type));
            string transcript = reader.OfType<ServerEventResponseAudioTranscriptDone>().Last().Transcript;
            Assert.Equal(transcript, (string?)Json(second.ReceivedEvents[1])["item"]!["content"]![0]!["text"]);
            await first.Completion.WaitAsync(Harness.Timeout);
            Assert.Equal(WebSocketCloseStatus.NormalClosure, first.ClientCloseStatus);
        }

        [Fact]
        public async Task A_refused_renewal_leaves_the_session_running_and_its_expiry_is_resumed_as_before()
        {
            // The renewal attempt (the emulator's second) is refused; the session then expires (1001 session_expired).
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.FaultSelector = attempt => attempt switch
            {
                0 => null,
                1 => new EmulatorFaults { Kind = EmulatorFaultKind.RefuseUpgrade, RefuseStatusCode = 503 },
                _ => new EmulatorFaults { MaxSessionMs = 2 * 60 * 60 * 1000 },
            });
            var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
            var log = new CapturingLoggerProvider();
            using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Trace));
            var (connection, reader, first) = await Harness.ConnectReadyAsync(emulator, configure: Renewing(time, loggerFactory));
            await using VoiceLiveConnection _ = connection;
            await connection.Conversation.Item.CreateAsync(new UserMessageItem("Remember this"));
            await reader.WaitForAsync<ServerEventConversationItemCreated>();

            time.Advance(ToRenewal);
            await log.WaitForAsync("could not be opened ahead of expiry");
            Assert.True(connection.IsOpen);
            Assert.Equal(2, emulator.ConnectionAttempts);

            await first.CloseAsync(1001, "session_expired");
            ConnectionInterruptedEvent interrupted = await reader.WaitForAsync<ConnectionInterruptedEvent>();
            Assert.Equal(1001, interrupted.CloseStatus);
            Assert.Equal("session_expired", interrupted.CloseStatusDescription);
            ConnectionResumedEvent resumed = await reader.WaitForAsync<ConnectionResumedEvent>();
            Assert.Equal(ConnectionResumeReason.SessionExpired, resumed.Reason);
            Assert.Equal(1, resumed.ItemsRestored);
            Assert.Equal(3, emulator.ConnectionAttempts);
            EmulatorConnection next = await emulator.WaitForConnectionAsync(1, Harness.Timeout);
            EmulatorReceivedEvent restored = await next.WaitForEventAsync("conversation.item.create", Harness.Timeout);
            Assert.Equal("Remember this", (string?)Json(restored)["item"]!["content"]![0]!["text"]);
        }
    }
}
