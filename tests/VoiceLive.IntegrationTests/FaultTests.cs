using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    public class FaultTests
    {
        /// <summary>
        /// Close/abort faults fire right after the response's first audio delta, so everything the emulator sent is:
        /// response.created, output_item.added, content_part.added, the transcript words of the first chunk, one audio delta.
        /// </summary>
        private static void AssertNothingLostBeforeTheFault(List<ServerEvent> events)
        {
            // The assistant item's conversation.item.created comes along with output_item.added; it is not part of the check.
            events = events.Where(e => e is not ServerEventConversationItemCreated).ToList();
            string types = string.Join(", ", events.Select(e => e.Type));
            Assert.True(events.Count >= 4, types);
            Assert.IsType<ServerEventResponseCreated>(events[0]);
            Assert.IsType<ServerEventResponseOutputItemAdded>(events[1]);
            Assert.IsType<ServerEventResponseContentPartAdded>(events[2]);
            Assert.IsType<ServerEventResponseAudioDelta>(events[^1]);
            Assert.Single(events.OfType<ServerEventResponseAudioDelta>());
            Assert.All(events.Skip(3).Take(events.Count - 4), e => Assert.IsType<ServerEventResponseAudioTranscriptDelta>(e));
            Assert.Equal(24000 * 2 / 10, ((ServerEventResponseAudioDelta)events[^1]).Delta.Length); // one whole 100 ms chunk
        }

        /// <summary>Reads what a response produced until the stream ends, keeping the events read before an exception.</summary>
        private static async Task<(List<ServerEvent> Events, Exception? Error)> ReadResponseUntilEndAsync(EventReader reader)
        {
            int start = reader.Received.Count;
            Exception? error = null;
            try
            {
                await reader.ReadToEndAsync();
            }
            catch (Exception ex) when (ex is not TimeoutException)
            {
                error = ex;
            }

            return (reader.Received.Skip(start).ToList(), error);
        }

        [Fact]
        public async Task Close_1000_mid_response_ends_the_enumeration_normally()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator, "emulator-fault=close&emulator-close-code=1000&emulator-close-reason=bye");
            await using VoiceLiveConnection __ = connection;

            await connection.Response.CreateAsync();
            var events = new List<ServerEvent>();
            await foreach (ServerEvent evt in connection)
            {
                events.Add(evt);
            }

            AssertNothingLostBeforeTheFault(events);
            Assert.Equal(WebSocketCloseStatus.NormalClosure, connection.CloseStatus);
            Assert.Equal("bye", connection.CloseStatusDescription);
            Assert.False(connection.IsOpen);
            Assert.Null(await connection.ReceiveAsync());

            // The client answered the close handshake with the same status.
            await server.Completion.WaitAsync(Harness.Timeout);
            Assert.Equal(WebSocketCloseStatus.NormalClosure, server.ClientCloseStatus);

            var sendError = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => connection.Response.CreateAsync());
            Assert.Equal(1000, sendError.CloseStatus);
        }

        [Theory]
        [InlineData(1001, "session_expired")]
        [InlineData(1011, "internal error")]
        [InlineData(4000, "custom application reason")]
        [InlineData(4999, "quota")]
        public async Task Abnormal_close_mid_response_throws_with_status_and_reason_and_fails_later_sends(int code, string reason)
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(
                emulator, $"emulator-fault=close&emulator-close-code={code}&emulator-close-reason={Uri.EscapeDataString(reason)}");
            await using VoiceLiveConnection __ = connection;

            await connection.Response.CreateAsync();
            var (events, error) = await ReadResponseUntilEndAsync(reader);

            AssertNothingLostBeforeTheFault(events);
            var closed = Assert.IsType<VoiceLiveConnectionClosedException>(error);
            Assert.Equal(code, closed.CloseStatus);
            Assert.Equal(reason, closed.CloseStatusDescription);
            Assert.Equal((WebSocketCloseStatus)code, connection.CloseStatus);
            Assert.Equal(reason, connection.CloseStatusDescription);
            Assert.False(connection.IsOpen);

            var sendError = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => connection.Response.CreateAsync());
            Assert.NotSame(closed, sendError); // each caller its own exception, the recorded close inside
            Assert.Same(closed.InnerException, sendError.InnerException);
            var receiveAgain = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(async () => await connection.ReceiveAsync());
            Assert.Same(closed.InnerException, receiveAgain.InnerException);
        }

        [Fact]
        public async Task Abort_mid_response_is_1006_and_fails_later_sends()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator, "emulator-fault=abort");
            await using VoiceLiveConnection __ = connection;

            await connection.Response.CreateAsync();
            var (events, error) = await ReadResponseUntilEndAsync(reader);

            AssertNothingLostBeforeTheFault(events);
            var closed = Assert.IsType<VoiceLiveConnectionClosedException>(error);
            Assert.Equal(VoiceLiveConnectionClosedException.AbnormalClosure, closed.CloseStatus);
            Assert.Equal((WebSocketCloseStatus)1006, connection.CloseStatus);
            Assert.False(connection.IsOpen);
            var sendError = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => connection.InputAudioBuffer.ClearAsync());
            Assert.Equal(1006, sendError.CloseStatus);
        }

        [Fact]
        public async Task Abort_from_the_server_side_api_is_1006()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            await server.AbortAsync();

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => reader.NextAsync());
            Assert.Equal(1006, error.CloseStatus);
        }

        [Theory]
        [InlineData("malformed-json")]
        [InlineData("deep-json")]
        public async Task Unreadable_frame_is_a_MalformedServerEvent_and_the_stream_continues(string fault)
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator, "emulator-fault=" + fault);
            await using VoiceLiveConnection __ = connection;

            ServerEvent? next = await reader.NextAsync();

            MalformedServerEvent malformed = Assert.IsType<MalformedServerEvent>(next);
            Assert.NotNull(malformed.Error);
            Assert.True(malformed.RawJson.ToMemory().Length > 0);
            if (fault == "deep-json")
            {
                // Depth 1000 is far past the client's limit of 64; the type, which comes first, is still reported.
                Assert.Contains(new string('[', 100), malformed.RawJson.ToString());
                Assert.Equal("emulator.deep_json", malformed.ClaimedType);
            }

            Assert.True(connection.IsOpen);
            ServerEventSessionUpdated updated = await Harness.UpdateSessionAsync(connection, reader, new RequestSession { Instructions = "still here" });
            Assert.Equal("still here", updated.Session.Instructions);
            Assert.Equal(3, reader.Received.Count); // session.created, the bad frame, session.updated: nothing else, nothing lost
        }

        [Fact]
        public async Task Invalid_utf8_text_frame_fails_the_connection_as_RFC_6455_requires()
        {
            // The runtime's WebSocket validates UTF-8 in text frames and fails the connection (it sends close 1007 and aborts)
            // before the library sees the bytes. The app sees a protocol violation, not a network loss; nothing received
            // before it is lost, and later sends fail with a typed close exception.
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator, "emulator-fault=invalid-utf8");
            await using VoiceLiveConnection __ = connection;

            var error = await Assert.ThrowsAsync<VoiceLiveProtocolException>(() => reader.NextAsync());

            Assert.Contains("UTF-8", error.Message);
            Assert.IsAssignableFrom<WebSocketException>(error.InnerException);
            Assert.False(connection.IsOpen);
            Assert.Equal(WebSocketCloseStatus.ProtocolError, connection.CloseStatus);
            Assert.IsType<ServerEventSessionCreated>(Assert.Single(reader.Received));
            var sendError = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => connection.InputAudioBuffer.CommitAsync());
            Assert.Same(error, sendError.InnerException!.InnerException); // the recorded close holds the violation
            await server.Completion.WaitAsync(Harness.Timeout);
            Assert.Equal(WebSocketCloseStatus.InvalidPayloadData, server.ClientCloseStatus);
        }

        [Fact]
        public async Task Deep_json_within_the_limit_parses()
        {
            // Control for the test above: the same fault, nested less deep than the client's limit of 64, is accepted
            // as an unknown event (so the MalformedServerEvent above really is about depth).
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator, "emulator-fault=deep-json&emulator-depth=10");
            await using VoiceLiveConnection __ = connection;

            UnknownServerEvent unknown = Assert.IsType<UnknownServerEvent>(await reader.NextAsync());
            Assert.Equal("emulator.deep_json", unknown.Type);
        }

        [Fact]
        public async Task Unknown_event_type_is_an_UnknownServerEvent_with_its_raw_json()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator, "emulator-fault=unknown-event");
            await using VoiceLiveConnection __ = connection;

            UnknownServerEvent unknown = Assert.IsType<UnknownServerEvent>(await reader.NextAsync());

            Assert.Equal("emulator.unknown_event", unknown.Type);
            Assert.StartsWith("event_", unknown.EventId, StringComparison.Ordinal);
            using JsonDocument raw = JsonDocument.Parse(unknown.RawJson);
            Assert.Equal(42, raw.RootElement.GetProperty("payload").GetProperty("answer").GetInt32());
            Assert.Equal("emulator.unknown_event", raw.RootElement.GetProperty("type").GetString());
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession());
        }

        [Fact]
        public async Task Binary_frame_is_read_as_utf8_json()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator, "emulator-fault=binary-frame");
            await using VoiceLiveConnection __ = connection;

            // Documented client behaviour: binary frames are parsed like text frames; the emulator's binary frame
            // holds an event of a type the client does not know.
            UnknownServerEvent evt = Assert.IsType<UnknownServerEvent>(await reader.NextAsync());

            Assert.Equal("emulator.binary_frame", evt.Type);
            Assert.StartsWith("event_", evt.EventId, StringComparison.Ordinal);
            Assert.True(connection.IsOpen);
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession());
        }

        [Fact]
        public async Task Oversized_message_is_a_protocol_error_and_closes_with_1009()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(
                emulator, "emulator-fault=oversized&emulator-oversized-bytes=200000", o => o.MaxMessageSize = 64 * 1024);
            await using VoiceLiveConnection __ = connection;

            var error = await Assert.ThrowsAsync<VoiceLiveProtocolException>(() => reader.NextAsync());

            Assert.Contains("MaxMessageSize", error.Message, StringComparison.Ordinal);
            Assert.Equal(WebSocketCloseStatus.MessageTooBig, connection.CloseStatus);
            Assert.False(connection.IsOpen);
            var later = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => connection.Session.UpdateAsync(new RequestSession()));
            Assert.Equal(1009, later.CloseStatus);
            await server.Completion.WaitAsync(Harness.Timeout);
        }

        [Fact]
        public async Task Oversized_message_within_MaxMessageSize_is_delivered_whole()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(
                emulator, "emulator-fault=oversized&emulator-oversized-bytes=200000", o => o.MaxMessageSize = 256 * 1024);
            await using VoiceLiveConnection __ = connection;

            ServerEventResponseAudioDelta delta = Assert.IsType<ServerEventResponseAudioDelta>(await reader.NextAsync());

            Assert.Equal(200000, delta.RawJson.ToMemory().Length);
            Assert.Equal("item_oversized", delta.ItemId);
            Assert.True(delta.Delta.Length > 140_000);
        }

        [Fact]
        public async Task Fragmented_messages_give_identical_events()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.Responder = new DelegateEmulatorResponder(_ => EmulatorReply.Say("Fragments are fine.")));
            List<ServerEvent> whole = await RunScriptedResponseAsync(emulator, null);
            List<ServerEvent> fragmented = await RunScriptedResponseAsync(emulator, "emulator-fragment-bytes=7");

            Assert.Equal(whole.Select(e => e.Type), fragmented.Select(e => e.Type));
            Assert.Equal(
                AudioInputTests.Concat(whole.OfType<ServerEventResponseAudioDelta>()),
                AudioInputTests.Concat(fragmented.OfType<ServerEventResponseAudioDelta>()));
            Assert.Equal(
                whole.OfType<ServerEventResponseAudioTranscriptDelta>().Select(d => d.Delta),
                fragmented.OfType<ServerEventResponseAudioTranscriptDelta>().Select(d => d.Delta));
            Assert.Equal("Fragments are fine.", fragmented.OfType<ServerEventResponseAudioTranscriptDone>().Single().Transcript);
        }

        [Fact]
        public async Task Delayed_sends_are_still_correct()
        {
            // The emulator's delays run on a fake clock that the test advances as each one starts: every message is
            // held back (one delay timer each) without the test waiting in real time.
            var clock = new SignallingTimeProvider();
            var delay = TimeSpan.FromMilliseconds(20);
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o =>
            {
                o.Responder = new DelegateEmulatorResponder(_ => EmulatorReply.Say("Slow."));
                o.TimeProvider = clock;
            });
            List<ServerEvent> direct = await RunScriptedResponseAsync(emulator, null);
            Assert.Equal(0, clock.TimersCreated(delay));
            Task<List<ServerEvent>> run = RunScriptedResponseAsync(emulator, "emulator-delay-ms=20");
            await clock.DriveUntilAsync(run);
            List<ServerEvent> delayed = await run;

            Assert.Equal(direct.Select(e => e.Type), delayed.Select(e => e.Type));
            Assert.Equal("Slow.", delayed.OfType<ServerEventResponseAudioTranscriptDone>().Single().Transcript);
            Assert.Equal(ResponseStatus.Completed, ((ServerEventResponseDone)delayed[^1]).Response.Status);

            // Every message really was held back (session.created, session.updated and each response event).
            Assert.True(clock.TimersCreated(delay) >= delayed.Count, $"{clock.TimersCreated(delay)} delays for {delayed.Count} events");
        }

        /// <summary>Connects (with the given fault query), asks for one response and returns its events.</summary>
        private static async Task<List<ServerEvent>> RunScriptedResponseAsync(VoiceLiveEmulator emulator, string? query)
        {
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator, query);
            await using VoiceLiveConnection __ = connection;
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { Instructions = "scripted" });
            await connection.Response.CreateAsync();
            return await reader.CollectUntilAsync<ServerEventResponseDone>();
        }

        [Fact]
        public async Task Stop_responding_is_detected_by_the_keep_alive_timeout_as_a_typed_1006()
        {
            // Dead-peer detection: the emulator stops reading and answering pings after session.created. The client's
            // keep-alive ping gets no pong within KeepAliveTimeout, the socket is aborted and the stream ends with a 1006
            // VoiceLiveConnectionClosedException saying so; later sends fail with the same exception.
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(
                emulator, "emulator-fault=stop-responding", o =>
                {
                    o.KeepAliveInterval = TimeSpan.FromMilliseconds(100);
                    o.KeepAliveTimeout = TimeSpan.FromMilliseconds(400);
                    o.CloseTimeout = TimeSpan.FromMilliseconds(300);
                });
            await using VoiceLiveConnection __ = connection;

            await connection.Response.CreateAsync(); // the send itself succeeds: the bytes reach the socket
            // Interval + timeout on the client's clock; the bound only turns a hang into a loud failure.
            var error = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => reader.NextAsync().OrTimeout("the keep-alive abort"));

            Assert.Equal(VoiceLiveConnectionClosedException.AbnormalClosure, error.CloseStatus);
            Assert.Contains("no pong", error.Message, StringComparison.Ordinal);
            Assert.Contains("0.4 s", error.Message, StringComparison.Ordinal);
            Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException!.InnerException); // the runtime's own report is kept inside the recorded close
            Assert.False(connection.IsOpen);
            Assert.Equal((WebSocketCloseStatus)1006, connection.CloseStatus);
            Assert.Single(reader.Received); // only session.created, which was not lost
            var sendError = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => connection.Response.CreateAsync());
            Assert.Same(error.InnerException, sendError.InnerException);
            Assert.Equal(error.Message, sendError.Message);

            await connection.DisposeAsync().AsTask().OrTimeout("dispose after the abort");
        }

        [Fact]
        public async Task Stop_responding_without_keep_alive_timeout_waits_until_the_caller_gives_up()
        {
            // The opt-out: KeepAliveTimeout = InfiniteTimeSpan keeps the old behaviour (no detection) and nothing breaks.
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(
                emulator, "emulator-fault=stop-responding", o =>
                {
                    o.KeepAliveInterval = TimeSpan.FromMilliseconds(100);
                    o.KeepAliveTimeout = Timeout.InfiniteTimeSpan;
                    o.CloseTimeout = TimeSpan.FromMilliseconds(300);
                });
            await using VoiceLiveConnection __ = connection;

            using (var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(1000)))
            {
                await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await connection.ReceiveAsync(giveUp.Token));
            }

            Assert.True(connection.IsOpen);
            Assert.Single(reader.Received);
            await connection.DisposeAsync().AsTask().OrTimeout("dispose of a connection whose peer stopped responding");
        }

        [Fact]
        public async Task Firehose_delivers_every_delta_in_order()
        {
            const int Count = 2000;
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(
                emulator, $"emulator-benchmark=firehose&emulator-firehose-count={Count}&emulator-firehose-chunk-bytes=480");
            await using VoiceLiveConnection __ = connection;

            await connection.Response.CreateAsync();
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>(timeout: TimeSpan.FromSeconds(30));

            Assert.IsType<ServerEventResponseCreated>(events[0]);
            Assert.Equal(2 + (2 * Count), events.Count);
            long lastSent = long.MinValue;
            for (int i = 0; i < Count; i++)
            {
                var audio = Assert.IsType<ServerEventResponseAudioDelta>(events[1 + (2 * i)]);
                var word = Assert.IsType<ServerEventResponseAudioTranscriptDelta>(events[2 + (2 * i)]);
                Assert.Equal(480, audio.Delta.Length);
                Assert.Equal("word ", word.Delta);
                long sent = SentTimestamp(audio);
                Assert.True(sent >= lastSent, $"delta {i} out of order");
                lastSent = SentTimestamp(word);
                Assert.True(lastSent >= sent, $"word {i} out of order");
            }

            Assert.Equal(ResponseStatus.Completed, ((ServerEventResponseDone)events[^1]).Response.Status);
            Assert.Equal(Count, events.OfType<ServerEventResponseAudioDelta>().Select(e => e.EventId).Distinct().Count()); // no duplicates
        }

        [Fact]
        public async Task Firehose_with_openai_names_sends_the_GA_delta_names()
        {
            const int Count = 3;
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(
                emulator, $"emulator-benchmark=firehose&emulator-firehose-count={Count}&emulator-firehose-chunk-bytes=480&emulator-firehose-names=openai");
            await using VoiceLiveConnection __ = connection;

            await connection.Response.CreateAsync();
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>(timeout: TimeSpan.FromSeconds(30));

            Assert.Equal(2 + (2 * Count), events.Count);
            for (int i = 0; i < Count; i++)
            {
                var audio = Assert.IsType<ServerEventResponseAudioDelta>(events[1 + (2 * i)]);
                var word = Assert.IsType<ServerEventResponseAudioTranscriptDelta>(events[2 + (2 * i)]);
                Assert.Equal(ServerEventType.ResponseOutputAudioDelta, audio.Type);
                Assert.Equal(ServerEventType.ResponseOutputAudioTranscriptDelta, word.Type);
                Assert.Equal(480, audio.Delta.Length);
            }
        }

        private static long SentTimestamp(ServerEvent evt)
        {
            using JsonDocument raw = JsonDocument.Parse(evt.RawJson);
            return raw.RootElement.GetProperty("emulator_sent_ts").GetInt64();
        }
    }
}
