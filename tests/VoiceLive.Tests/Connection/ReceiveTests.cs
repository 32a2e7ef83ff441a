using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Tests
{
    public class ReceiveTests : ConnectionTestBase
    {
        private const string AudioDelta = "{\"type\":\"response.audio.delta\",\"event_id\":\"e2\",\"response_id\":\"r1\",\"item_id\":\"i1\",\"output_index\":0,\"content_index\":0,\"delta\":\"AAECAwQ=\"}";

        private static async Task<List<ServerEvent>> ReadAllAsync(VoiceLiveConnection connection)
        {
            var events = new List<ServerEvent>();
            await foreach (ServerEvent evt in connection.WithCancellation(TestTimeouts.Token()))
            {
                events.Add(evt);
            }

            return events;
        }

        [Fact]
        public async Task SessionCreatedReadDuringConnectIsYieldedFirstAndANormalCloseEndsTheStream()
        {
            var (connection, _) = await ConnectAsync(s =>
            {
                s.EnqueueText(AudioDelta);
                s.EnqueueClose(WebSocketCloseStatus.NormalClosure, "bye");
            });
            await using var _c = connection;

            List<ServerEvent> events = await ReadAllAsync(connection).OrTimeout("events");

            Assert.Equal(new[] { "session.created", "response.audio.delta" }, events.ConvertAll(e => e.Type));
            Assert.Equal(new byte[] { 0, 1, 2, 3, 4 }, ((ServerEventResponseAudioDelta)events[1]).Delta.ToArray());
            Assert.Equal(WebSocketCloseStatus.NormalClosure, connection.CloseStatus);
            Assert.Equal("bye", connection.CloseStatusDescription);
            Assert.False(connection.IsOpen);
        }

        [Fact]
        public async Task AMessageTricklingInOneByteAtATimeIsReassembled()
        {
            var (connection, socket) = await ConnectAsync(s =>
            {
                s.MaxBytesPerReceive = 1;
                s.EnqueueFragmented(AudioDelta, 7);
                s.EnqueueClose(WebSocketCloseStatus.NormalClosure, null);
            });
            await using var _c = connection;

            List<ServerEvent> events = await ReadAllAsync(connection).OrTimeout("events");

            var delta = Assert.IsType<ServerEventResponseAudioDelta>(events[1]);
            Assert.Equal("r1", delta.ResponseId);
            Assert.Equal(new byte[] { 0, 1, 2, 3, 4 }, delta.Delta.ToArray());
            Assert.Equal(AudioDelta, delta.RawJson.ToString());
        }

        [Fact]
        public async Task AMalformedFrameIsSurfacedAndTheStreamGoesOn()
        {
            var (connection, _) = await ConnectAsync(s =>
            {
                s.EnqueueText("{\"type\":\"response.audio.delta\", this is not json");
                s.EnqueueBytes(new byte[] { 0x7B, 0xFF, 0xFE, 0x7D }); // invalid UTF-8
                s.EnqueueText(AudioDelta);
                s.EnqueueClose(WebSocketCloseStatus.NormalClosure, null);
            });
            await using var _c = connection;

            List<ServerEvent> events = await ReadAllAsync(connection).OrTimeout("events");

            Assert.Equal(4, events.Count);
            var malformed = Assert.IsType<MalformedServerEvent>(events[1]);
            Assert.IsAssignableFrom<System.Text.Json.JsonException>(malformed.Error);
            Assert.Equal("{\"type\":\"response.audio.delta\", this is not json", malformed.RawJson.ToString());
            Assert.IsType<MalformedServerEvent>(events[2]);
            Assert.IsType<ServerEventResponseAudioDelta>(events[3]);
        }

        [Fact]
        public async Task AnUnknownEventTypeKeepsItsJson()
        {
            const string json = "{\"type\":\"response.brand_new_thing\",\"event_id\":\"x\",\"payload\":{\"a\":[1,2]}}";
            var (connection, _) = await ConnectAsync(s =>
            {
                s.EnqueueText(json);
                s.EnqueueClose(WebSocketCloseStatus.NormalClosure, null);
            });
            await using var _c = connection;

            List<ServerEvent> events = await ReadAllAsync(connection).OrTimeout("events");

            var unknown = Assert.IsType<UnknownServerEvent>(events[1]);
            Assert.Equal("response.brand_new_thing", unknown.Type);
            Assert.Equal(json, unknown.RawJson.ToString());
        }

        [Fact]
        public async Task ABinaryFrameWithJsonIsReadAsAnEvent()
        {
            var (connection, _) = await ConnectAsync(s =>
            {
                s.EnqueueBytes(Encoding.UTF8.GetBytes(AudioDelta), WebSocketMessageType.Binary);
                s.EnqueueClose(WebSocketCloseStatus.NormalClosure, null);
            });
            await using var _c = connection;

            List<ServerEvent> events = await ReadAllAsync(connection).OrTimeout("events");
            Assert.IsType<ServerEventResponseAudioDelta>(events[1]);
        }

        [Fact]
        public async Task AnOversizedMessageClosesWith1009AndEndsTheStreamWithAProtocolError()
        {
            var (connection, socket) = await ConnectAsync(
                s =>
                {
                    s.EnqueueText(AudioDelta);
                    s.EnqueueText("{\"type\":\"x\",\"pad\":\"" + new string('a', 4096) + "\"}");
                },
                o => o.MaxMessageSize = 2048);
            await using var _c = connection;

            var received = new List<ServerEvent>();
            var ex = await Assert.ThrowsAsync<VoiceLiveProtocolException>(async () =>
            {
                await foreach (ServerEvent evt in connection.WithCancellation(TestTimeouts.Token()))
                {
                    received.Add(evt);
                }
            }).OrTimeout("oversized");

            Assert.Equal(2, received.Count); // nothing before the oversized frame is lost
            Assert.Contains("2048", ex.Message);
            Assert.Equal(WebSocketCloseStatus.MessageTooBig, connection.CloseStatus);
            Assert.Equal(WebSocketCloseStatus.MessageTooBig, socket.ClientCloseStatus);
            var sendError = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => connection.SendRawAsync("{\"type\":\"input_audio_buffer.commit\"}").AsTask());
            Assert.Equal(1009, sendError.CloseStatus);
        }

        [Theory]
        [InlineData(1001, "session_expired")]
        [InlineData(1011, "internal error")]
        [InlineData(4000, "custom application close")]
        [InlineData(1008, null)]
        public async Task AnAbnormalCloseThrowsWithStatusAndReasonAndFailsLaterSends(int status, string? reason)
        {
            var (connection, _) = await ConnectAsync(s =>
            {
                s.EnqueueText(AudioDelta);
                s.EnqueueClose((WebSocketCloseStatus)status, reason);
            });
            await using var _c = connection;

            var received = new List<ServerEvent>();
            var ex = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(async () =>
            {
                await foreach (ServerEvent evt in connection)
                {
                    received.Add(evt);
                }
            }).OrTimeout("close");

            Assert.Equal(2, received.Count);
            Assert.Equal(status, ex.CloseStatus);
            Assert.Equal(reason, ex.CloseStatusDescription);
            Assert.Equal((WebSocketCloseStatus)status, connection.CloseStatus);
            Assert.Equal(reason, connection.CloseStatusDescription);

            var sendError = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => connection.SendRawAsync("{\"type\":\"response.create\"}").AsTask());
            Assert.NotSame(ex, sendError); // each caller gets its own exception (own stack trace) ...
            Assert.Same(ex.InnerException, sendError.InnerException); // ... around the one that recorded the close
        }

        [Fact]
        public async Task ADroppedConnectionIs1006()
        {
            var (connection, _) = await ConnectAsync(s => s.EnqueueDrop());
            await using var _c = connection;

            var ex = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(async () =>
            {
                await foreach (ServerEvent evt in connection)
                {
                }
            }).OrTimeout("drop");

            Assert.Equal(1006, ex.CloseStatus);
            Assert.IsType<WebSocketException>(ex.InnerException!.InnerException); // the recorded close holds the transport error
            Assert.Equal((WebSocketCloseStatus)1006, connection.CloseStatus);
        }

        [Fact]
        public async Task ASecondConcurrentEnumerationIsRefused()
        {
            var (connection, _) = await ConnectAsync();
            await using var _c = connection;

            await using IAsyncEnumerator<ServerEvent> first = connection.GetAsyncEnumerator();
            Assert.True(await first.MoveNextAsync().OrTimeout("first"));
            Assert.Throws<InvalidOperationException>(() => connection.GetAsyncEnumerator());
            await Assert.ThrowsAsync<InvalidOperationException>(() => connection.ReceiveAsync().AsTask());
        }

        [Fact]
        public async Task EndingAnEnumerationEarlyKeepsTheConnectionOpenForTheNextReader()
        {
            var (connection, socket) = await ConnectAsync(s => s.EnqueueText(AudioDelta));
            await using var _c = connection;

            await foreach (ServerEvent evt in connection)
            {
                break; // session.created
            }

            Assert.True(connection.IsOpen);
            ServerEvent? next = await connection.ReceiveAsync(TestTimeouts.Token());
            Assert.IsType<ServerEventResponseAudioDelta>(next);
        }

        [Fact]
        public async Task CancellingAReceiveLosesNothingAndKeepsTheConnectionOpen()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;
            Assert.Equal("session.created", (await connection.ReceiveAsync())!.Type);

            using var cts = new CancellationTokenSource();
            ValueTask<ServerEvent?> pending = connection.ReceiveAsync(cts.Token);
            cts.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending.AsTask()).OrTimeout("cancel");

            Assert.True(connection.IsOpen);
            Assert.False(socket.WasAborted);
            socket.EnqueueText(AudioDelta);
            ServerEvent? next = await connection.ReceiveAsync(TestTimeouts.Token()).OrTimeout("next");
            Assert.IsType<ServerEventResponseAudioDelta>(next);
        }

        [Fact]
        public async Task AReadLeftByACancelledReceiveThatLaterFailsIsNeverAnUnobservedTaskException()
        {
            var unobserved = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
            void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e)
            {
                // Process-wide event: any library exception that reaches it (from this test or another) is the bug.
                if (e.Exception.InnerException is VoiceLiveException)
                {
                    unobserved.Enqueue(e.Exception);
                }
            }

            TaskScheduler.UnobservedTaskException += OnUnobserved;
            try
            {
                await AbandonAReadThatFailsLaterAsync();

                // The abandoned read's task is garbage now: collecting it reports an exception nobody observed.
                for (int i = 0; i < 3; i++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                }

                Assert.Empty(unobserved);
            }
            finally
            {
                TaskScheduler.UnobservedTaskException -= OnUnobserved;
            }
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static async Task AbandonAReadThatFailsLaterAsync()
        {
            var (connection, socket) = await ConnectAsync();
            Assert.Equal("session.created", (await connection.ReceiveAsync())!.Type);

            // The cancelled receive leaves its read pending (nothing is lost) ...
            using var cts = new CancellationTokenSource();
            ValueTask<ServerEvent?> pending = connection.ReceiveAsync(cts.Token);
            cts.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending.AsTask()).OrTimeout("cancel");

            // ... the connection drops while nobody reads, and the app disposes it without reading again.
            socket.EnqueueDrop();
            await connection.DisposeAsync();
        }

        [Fact]
        public async Task ReceiveAsyncReturnsNullAtTheNormalEnd()
        {
            var (connection, _) = await ConnectAsync(s => s.EnqueueClose(WebSocketCloseStatus.NormalClosure, null));
            await using var _c = connection;
            Assert.NotNull(await connection.ReceiveAsync());
            Assert.Null(await connection.ReceiveAsync().OrTimeout("end"));
            Assert.Null(await connection.ReceiveAsync().OrTimeout("end again"));
        }

        [Fact]
        public async Task DisposingDuringEnumerationEndsItWithoutHanging()
        {
            var (connection, socket) = await ConnectAsync();
            var started = new TaskCompletionSource<bool>();
            Task reader = Task.Run(async () =>
            {
                await foreach (ServerEvent evt in connection)
                {
                    started.TrySetResult(true);
                }
            });

            await started.Task.OrTimeout("first event");
            await connection.DisposeAsync().AsTask().OrTimeout("dispose");
            await reader.OrTimeout("reader end");
            await connection.DisposeAsync().AsTask().OrTimeout("second dispose");
            Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.ClientCloseStatus);
        }
    }
}
