using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    /// <summary>Opt-in session resumption (VoiceLiveClientOptions.Reconnection) against the emulator's drops and expiry.</summary>
    public class ResumptionTests
    {
        private static Action<VoiceLiveClientOptions> Resumable(Action<VoiceLiveReconnectionOptions>? configure = null) => options =>
        {
            options.Reconnection.Enabled = true;
            options.Reconnection.InitialDelay = TimeSpan.Zero;
            configure?.Invoke(options.Reconnection);
        };

        private static JsonObject Json(EmulatorReceivedEvent evt) => (JsonObject)evt.ToJsonNode();

        /// <summary>Two session.updates and one text turn with its answer: the conversation a resume must carry over.</summary>
        private static async Task<(string UserItemId, string AssistantItemId, string AssistantText)> HaveOneTurnAsync(VoiceLiveConnection connection, EventReader reader)
        {
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { Instructions = "Be brief.", Temperature = 0.7 });
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { Voice = new AzureStandardVoice("en-US-JennyNeural") });
            await connection.Conversation.Item.CreateAsync(new UserMessageItem("Hello there") { Id = "item_user_1" });
            await connection.Response.CreateAsync();
            ServerEventResponseDone done = await reader.WaitForAsync<ServerEventResponseDone>();
            ResponseMessageItem answer = done.Response.Output.OfType<ResponseMessageItem>().Single();
            string text = reader.OfType<ServerEventResponseAudioTranscriptDone>().Last().Transcript;
            return ("item_user_1", answer.Id!, text);
        }

        [Fact]
        public async Task A_drop_while_idle_resumes_with_the_merged_configuration_and_the_conversation_replayed_to_the_new_session()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator, configure: Resumable());
            await using VoiceLiveConnection _ = connection;
            using var tracker = new ConversationTracker(connection);
            var (userId, assistantId, assistantText) = await HaveOneTurnAsync(connection, reader);
            string firstSession = server.SessionId;

            await server.AbortAsync();

            ConnectionInterruptedEvent interrupted = await reader.WaitForAsync<ConnectionInterruptedEvent>();
            Assert.Equal(1006, interrupted.CloseStatus);
            Assert.Null(interrupted.InterruptedResponseId);
            ConnectionResumedEvent resumed = await reader.WaitForAsync<ConnectionResumedEvent>();
            Assert.Equal(1, resumed.Attempts);
            Assert.Equal(2, resumed.ItemsRestored);
            Assert.Equal(ConnectionResumeReason.Dropped, resumed.Reason);
            Assert.Equal(0, resumed.AudioBytesNotSent);
            EmulatorConnection second = await emulator.WaitForConnectionAsync(1, Harness.Timeout);
            Assert.Equal(second.SessionId, resumed.SessionId);
            Assert.NotEqual(firstSession, resumed.SessionId);

            // Exactly what the new session received: one session.update with both updates merged, then the two items.
            await second.WaitForEventAsync(2, Harness.Timeout);
            EmulatorReceivedEvent[] replay = second.ReceivedEvents.ToArray();
            Assert.Equal(new[] { "session.update", "conversation.item.create", "conversation.item.create" }, replay.Select(e => e.Type));
            JsonObject session = (JsonObject)Json(replay[0])["session"]!;
            Assert.Equal("Be brief.", (string?)session["instructions"]);
            Assert.Equal(0.7, (double?)session["temperature"]);
            Assert.Equal("en-US-JennyNeural", (string?)session["voice"]!["name"]);
            JsonObject user = (JsonObject)Json(replay[1])["item"]!;
            Assert.Equal(userId, (string?)user["id"]);
            Assert.Equal("user", (string?)user["role"]);
            Assert.Equal("Hello there", (string?)user["content"]![0]!["text"]);
            JsonObject assistant = (JsonObject)Json(replay[2])["item"]!;
            Assert.Equal(assistantId, (string?)assistant["id"]);
            Assert.Equal("assistant", (string?)assistant["role"]);
            Assert.Equal(assistantText, (string?)assistant["content"]![0]!["text"]);

            // The new session holds the conversation: the service side answers a retrieve for the restored items.
            await connection.Conversation.Item.RetrieveAsync(assistantId);
            ServerEventConversationItemRetrieved retrieved = await reader.WaitForAsync<ServerEventConversationItemRetrieved>();
            Assert.Equal(assistantId, retrieved.Item!.Id);
            Assert.Equal(new[] { userId, assistantId }, tracker.Items.Select(i => i.Id));
            Assert.Empty(reader.OfType<ServerEventError>());
        }

        [Fact]
        public async Task A_drop_mid_response_reports_the_response_interrupted_marks_its_items_incomplete_and_does_not_re_run_it()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(
                emulator, "emulator-fault=close&emulator-close-code=1011&emulator-fault-at=response&emulator-fault-connections=1", Resumable());
            await using VoiceLiveConnection _ = connection;
            using var tracker = new ConversationTracker(connection);
            await connection.Conversation.Item.CreateAsync(new UserMessageItem("Tell me a story"));
            await connection.Response.CreateAsync();
            ServerEventResponseCreated created = await reader.WaitForAsync<ServerEventResponseCreated>();

            ConnectionInterruptedEvent interrupted = await reader.WaitForAsync<ConnectionInterruptedEvent>();
            Assert.Equal(1011, interrupted.CloseStatus);
            Assert.Equal(created.Response.Id, interrupted.InterruptedResponseId);
            Assert.Null(tracker.ActiveResponse);
            Assert.Equal(ResponseStatus.Incomplete, tracker.LastResponse!.Status);
            TrackedItem cut = tracker.Items.Single(i => i.Role == MessageRole.Assistant);
            Assert.Equal(ResponseItemStatus.Incomplete, cut.Status);
            Assert.False(connection.Response.IsActive);

            await reader.WaitForAsync<ConnectionResumedEvent>();
            EmulatorConnection second = await emulator.WaitForConnectionAsync(1, Harness.Timeout);
            await connection.Conversation.Item.RetrieveAsync(tracker.Items[0].Id);
            await reader.WaitForAsync<ServerEventConversationItemRetrieved>();
            Assert.DoesNotContain(second.ReceivedEvents, e => e.Type == "response.create");
        }

        [Fact]
        public async Task A_drop_during_a_tool_call_restores_the_call_and_its_output_reaches_the_new_session_with_the_follow_up()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator, configure: Resumable());
            await using VoiceLiveConnection _ = connection;
            var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            await connection.Tools.AddAsync(AIFunctionFactory.Create(
                async (string location) => { await release.Task; return $"18 C in {location}"; }, "get_weather", "Current weather."));
            await reader.WaitForAsync<ServerEventSessionUpdated>();
            await connection.Conversation.Item.CreateAsync(new UserMessageItem("What's the weather like in Paris?"));
            await connection.Response.CreateAsync();
            ServerEventResponseDone callDone = await reader.WaitForAsync<ServerEventResponseDone>();
            ResponseFunctionCallItem call = callDone.Response.Output.OfType<ResponseFunctionCallItem>().Single();

            await server.AbortAsync();
            await reader.WaitForAsync<ConnectionInterruptedEvent>();
            release.SetResult(true); // The tool finishes while the connection is down: its output waits for the new session.
            ConnectionResumedEvent resumed = await reader.WaitForAsync<ConnectionResumedEvent>();
            List<ServerEvent> followUp = await reader.CollectUntilAsync<ServerEventResponseDone>();

            EmulatorConnection second = await emulator.WaitForConnectionAsync(1, Harness.Timeout);
            string[] types = second.ReceivedEvents.Select(e => e.Type!).ToArray();
            Assert.Equal(new[] { "session.update", "conversation.item.create", "conversation.item.create", "conversation.item.create", "response.create" }, types);
            Assert.Equal(2, resumed.ItemsRestored);
            JsonObject restoredCall = (JsonObject)Json(second.ReceivedEvents[2])["item"]!;
            Assert.Equal("function_call", (string?)restoredCall["type"]);
            Assert.Equal(call.CallId, (string?)restoredCall["call_id"]);
            JsonObject output = (JsonObject)Json(second.ReceivedEvents[3])["item"]!;
            Assert.Equal("function_call_output", (string?)output["type"]);
            Assert.Equal(call.CallId, (string?)output["call_id"]);
            Assert.Contains("18 C in Paris", followUp.OfType<ServerEventResponseAudioTranscriptDone>().Single().Transcript);
            Assert.Empty(reader.OfType<ServerEventError>());
        }

        [Fact]
        public async Task A_drop_during_user_speech_loses_only_the_uncommitted_audio_and_the_new_session_hears_the_next_turn()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator, configure: Resumable());
            await using VoiceLiveConnection _ = connection;
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { TurnDetection = new ServerVad() });
            byte[] speech = EmulatorAudio.ToBytes(Harness.Utterance("What's the weather in Paris", 24000));

            await Harness.AppendAudioAsync(connection, speech.AsSpan(0, speech.Length / 2).ToArray(), 4800);
            await reader.WaitForAsync<ServerEventInputAudioBufferSpeechStarted>();
            await server.AbortAsync();

            ConnectionInterruptedEvent interrupted = await reader.WaitForAsync<ConnectionInterruptedEvent>();
            Assert.Null(interrupted.InterruptedResponseId);
            ConnectionResumedEvent resumed = await reader.WaitForAsync<ConnectionResumedEvent>();
            Assert.Equal(0, resumed.ItemsRestored); // The half-spoken turn was audio in the old session's buffer only.
            EmulatorConnection second = await emulator.WaitForConnectionAsync(1, Harness.Timeout);
            JsonObject replayed = Json(await second.WaitForEventAsync(0, Harness.Timeout));
            Assert.Equal("server_vad", (string?)replayed["session"]!["turn_detection"]!["type"]);

            await Harness.AppendAudioAsync(connection, speech, 4800);
            ServerEventResponseDone done = await reader.WaitForAsync<ServerEventResponseDone>();
            Assert.Equal(ResponseStatus.Completed, done.Response.Status);
            Assert.Empty(reader.OfType<ServerEventError>());
        }

        [Fact]
        public async Task A_keep_alive_timeout_is_resumed_like_a_drop()
        {
            // Only the first session stops answering pings; the client's dead-peer detection reports 1006 and resumes.
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator, "emulator-fault=stop-responding&emulator-fault-connections=1", o =>
            {
                Resumable()(o);
                o.KeepAliveInterval = TimeSpan.FromMilliseconds(100);
                o.KeepAliveTimeout = TimeSpan.FromMilliseconds(400);
                o.CloseTimeout = TimeSpan.FromMilliseconds(300);
            });
            await using VoiceLiveConnection _ = connection;

            ConnectionInterruptedEvent interrupted = await reader.WaitForAsync<ConnectionInterruptedEvent>();
            Assert.Equal(1006, interrupted.CloseStatus);
            Assert.Contains("no pong", interrupted.CloseStatusDescription, StringComparison.Ordinal);
            await reader.WaitForAsync<ConnectionResumedEvent>();
            await connection.Response.CreateAsync();
            ServerEventResponseDone done = await reader.WaitForAsync<ServerEventResponseDone>();
            Assert.Equal(ResponseStatus.Completed, done.Response.Status);
        }

        [Fact]
        public async Task Session_expiry_1001_is_resumed_with_the_expired_reason()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator, "emulator-max-session-ms=300", Resumable());
            await using VoiceLiveConnection _ = connection;
            await connection.Conversation.Item.CreateAsync(new UserMessageItem("Remember this"));
            await reader.WaitForAsync<ServerEventConversationItemCreated>();

            ConnectionInterruptedEvent interrupted = await reader.WaitForAsync<ConnectionInterruptedEvent>();
            Assert.Equal(1001, interrupted.CloseStatus);
            Assert.Equal("session_expired", interrupted.CloseStatusDescription);
            ConnectionResumedEvent resumed = await reader.WaitForAsync<ConnectionResumedEvent>();
            Assert.Equal(ConnectionResumeReason.SessionExpired, resumed.Reason);
            Assert.Equal(1, resumed.ItemsRestored);
            EmulatorConnection second = await emulator.WaitForConnectionAsync(1, Harness.Timeout);
            EmulatorReceivedEvent restored = await second.WaitForEventAsync("conversation.item.create", Harness.Timeout);
            Assert.Equal("Remember this", (string?)Json(restored)["item"]!["content"]![0]!["text"]);
        }

        [Fact]
        public async Task Every_attempt_asks_the_credential_for_a_fresh_token_and_refused_attempts_are_retried()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.FaultSelector = attempt =>
                attempt is 1 or 2 ? new EmulatorFaults { Kind = EmulatorFaultKind.RefuseUpgrade, RefuseStatusCode = 503 } : null);
            var credential = new CountingCredential();
            VoiceLiveConnection connection = await VoiceLiveClient.ConnectAsync(emulator.Endpoint, credential, Harness.Model, Harness.Options(Resumable()));
            await using VoiceLiveConnection _ = connection;
            var reader = new EventReader(connection);
            await reader.WaitForAsync<ServerEventSessionCreated>();
            EmulatorConnection server = await emulator.WaitForConnectionAsync(0, Harness.Timeout);
            Assert.Equal(1, credential.Calls);

            await server.AbortAsync();
            ConnectionResumedEvent resumed = await reader.WaitForAsync<ConnectionResumedEvent>();

            Assert.Equal(3, resumed.Attempts);
            Assert.Equal(4, credential.Calls);
            Assert.Equal(4, emulator.ConnectionAttempts);
            EmulatorConnection second = await emulator.WaitForConnectionAsync(1, Harness.Timeout);
            Assert.Equal("Bearer token-4", second.RequestHeaders["authorization"]);
        }

        [Fact]
        public async Task When_every_attempt_fails_the_stream_ends_with_the_close_exception_and_the_attempt_history()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.FaultSelector = attempt =>
                attempt >= 1 ? new EmulatorFaults { Kind = EmulatorFaultKind.RefuseUpgrade, RefuseStatusCode = 503 } : null);
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator, configure: Resumable(r => r.MaxAttempts = 3));
            await using VoiceLiveConnection _ = connection;

            await server.AbortAsync();
            await reader.WaitForAsync<ConnectionInterruptedEvent>();
            var error = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => reader.ReadToEndAsync());

            Assert.Equal(1006, error.CloseStatus);
            // Each caller gets a fresh exception; the recorded one (inside) carries the attempt history.
            var recorded = Assert.IsType<VoiceLiveConnectionClosedException>(error.InnerException);
            var history = Assert.IsType<AggregateException>(recorded.InnerException);
            Assert.Equal(3, history.InnerExceptions.Count);
            Assert.All(history.InnerExceptions, e => Assert.Equal(503, Assert.IsType<VoiceLiveConnectionException>(e).Status));
            Assert.Equal(3, error.Data["VoiceLive.ReconnectionAttempts"]);
            Assert.Equal(4, emulator.ConnectionAttempts);
            var send = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => connection.Response.CreateAsync());
            Assert.Same(recorded, send.InnerException);
        }

        [Fact]
        public async Task A_refused_handshake_401_on_reconnect_is_not_retried()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.FaultSelector = attempt =>
                attempt >= 1 ? new EmulatorFaults { Kind = EmulatorFaultKind.RefuseUpgrade, RefuseStatusCode = 401 } : null);
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator, configure: Resumable());
            await using VoiceLiveConnection _ = connection;

            await server.AbortAsync();
            var error = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => reader.ReadToEndAsync());

            var recorded = Assert.IsType<VoiceLiveConnectionClosedException>(error.InnerException);
            var history = Assert.IsType<AggregateException>(recorded.InnerException);
            Assert.Equal(401, Assert.IsType<VoiceLiveConnectionException>(Assert.Single(history.InnerExceptions)).Status);
            Assert.Equal(2, emulator.ConnectionAttempts);
        }

        [Theory]
        [InlineData(4000)]
        [InlineData(1008)]
        [InlineData(1000)]
        public async Task Final_close_codes_are_not_resumed(int code)
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator, configure: Resumable());
            await using VoiceLiveConnection _ = connection;

            await server.CloseAsync(code, "final");
            if (code == 1000)
            {
                await reader.ReadToEndAsync();
            }
            else
            {
                var error = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => reader.ReadToEndAsync());
                Assert.Equal(code, error.CloseStatus);
            }

            Assert.Empty(reader.OfType<ConnectionInterruptedEvent>());
            Assert.Equal(1, emulator.ConnectionAttempts);
        }

        [Fact]
        public async Task Without_opting_in_a_drop_ends_the_stream_as_before()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection _ = connection;

            await server.AbortAsync();
            var error = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => reader.ReadToEndAsync());

            Assert.Equal(1006, error.CloseStatus);
            Assert.Empty(reader.OfType<ConnectionInterruptedEvent>());
            Assert.Equal(1, emulator.ConnectionAttempts);
        }

        [Fact]
        public async Task Closing_while_the_connection_is_down_ends_the_stream_normally_without_reconnecting()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator, configure: Resumable());
            await using VoiceLiveConnection _ = connection;

            await server.AbortAsync();
            await reader.WaitForAsync<ConnectionInterruptedEvent>();
            await connection.CloseAsync();

            await reader.ReadToEndAsync();
            Assert.Empty(reader.OfType<ConnectionResumedEvent>());
            Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, connection.CloseStatus);
            Assert.Equal(1, emulator.ConnectionAttempts);
        }

        [Fact]
        public async Task Fail_fast_refuses_audio_during_the_gap_and_the_resumed_event_counts_it()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(
                emulator, configure: Resumable(r => r.SendDuringReconnection = ReconnectionSendBehavior.FailFast));
            await using VoiceLiveConnection _ = connection;

            await server.AbortAsync();
            await reader.WaitForAsync<ConnectionInterruptedEvent>();

            // The reader resumes on its next read: until then the connection is down.
            var refused = await Assert.ThrowsAsync<VoiceLiveConnectionInterruptedException>(() => connection.InputAudioBuffer.AppendAsync(new byte[4800]).AsTask());
            Assert.Equal(1006, refused.CloseStatus);
            await Assert.ThrowsAsync<VoiceLiveConnectionInterruptedException>(() => connection.InputAudioBuffer.AppendAsync(new byte[960]).AsTask());
            ConnectionResumedEvent resumed = await reader.WaitForAsync<ConnectionResumedEvent>();

            Assert.Equal(4800 + 960, resumed.AudioBytesNotSent);
            await connection.InputAudioBuffer.AppendAsync(new byte[480]).AsTask();
            EmulatorConnection second = await emulator.WaitForConnectionAsync(1, Harness.Timeout);
            await second.WaitForEventAsync("input_audio_buffer.append", Harness.Timeout);
        }

        [Fact]
        public async Task A_send_during_the_gap_waits_and_goes_to_the_new_session_after_the_restore()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator, configure: Resumable());
            await using VoiceLiveConnection _ = connection;
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { Instructions = "Be brief." });

            await server.AbortAsync();
            await reader.WaitForAsync<ConnectionInterruptedEvent>();
            Task send = connection.Conversation.Item.CreateAsync(new UserMessageItem("sent during the gap") { Id = "item_gap" });
            Assert.False(send.IsCompleted); // Nothing can complete it before the reader resumes.
            ConnectionResumedEvent resumed = await reader.WaitForAsync<ConnectionResumedEvent>();
            await send.WaitAsync(Harness.Timeout);

            EmulatorConnection second = await emulator.WaitForConnectionAsync(1, Harness.Timeout);
            await second.WaitForEventAsync(1, Harness.Timeout);
            Assert.Equal(new[] { "session.update", "conversation.item.create" }, second.ReceivedEvents.Select(e => e.Type));
            Assert.Equal("item_gap", (string?)Json(second.ReceivedEvents[1])["item"]!["id"]);
            Assert.Equal(0, resumed.ItemsRestored);
        }

        [Fact]
        public async Task The_backoff_waits_between_half_and_all_of_each_doubling_ceiling_on_the_configured_clock()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.FaultSelector = attempt =>
                attempt is >= 1 and <= 3 ? new EmulatorFaults { Kind = EmulatorFaultKind.RefuseUpgrade, RefuseStatusCode = 503 } : null);
            var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
            var log = new CapturingLoggerProvider();
            using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Trace));
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator, configure: o =>
            {
                Resumable(r =>
                {
                    r.InitialDelay = TimeSpan.FromSeconds(1);
                    r.MaxDelay = TimeSpan.FromSeconds(3);
                    r.TimeProvider = time;
                })(o);
                o.LoggerFactory = loggerFactory;
            });
            await using VoiceLiveConnection _ = connection;

            await server.AbortAsync();
            await reader.WaitForAsync<ConnectionInterruptedEvent>();
            Task<ConnectionResumedEvent> resuming = reader.WaitForAsync<ConnectionResumedEvent>(timeout: TimeSpan.FromSeconds(30));

            // Ceilings 1 s, 2 s, 3 s (capped), 3 s: each wait is at least half of its ceiling and at most all of it.
            double[] ceilings = { 1, 2, 3, 3 };
            for (int attempt = 1; attempt <= 4; attempt++)
            {
                await log.WaitForAsync($"Reconnection attempt {attempt} of 5");
                int before = emulator.ConnectionAttempts;
                time.Advance(TimeSpan.FromSeconds(ceilings[attempt - 1] / 2) - TimeSpan.FromMilliseconds(1));
                Assert.Equal(before, emulator.ConnectionAttempts);
                time.Advance(TimeSpan.FromSeconds(ceilings[attempt - 1] / 2) + TimeSpan.FromMilliseconds(1));
            }

            ConnectionResumedEvent resumed = await resuming;
            Assert.Equal(4, resumed.Attempts);
            Assert.Equal(5, emulator.ConnectionAttempts);
        }
    }
}
