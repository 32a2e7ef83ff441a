using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Tests
{
    public class SendAndCloseTests : ConnectionTestBase
    {
        [Fact]
        public async Task ConcurrentSendersNeverInterleaveFrames()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;

            const int Tasks = 8;
            const int PerTask = 1000;
            await Task.WhenAll(Enumerable.Range(0, Tasks).Select(t => Task.Run(async () =>
            {
                for (int i = 0; i < PerTask; i++)
                {
                    await connection.SendRawAsync($"{{\"type\":\"conversation.item.retrieve\",\"item_id\":\"t{t}-{i}\"}}");
                }
            }))).OrTimeout("senders");

            Assert.False(socket.OverlappingSendDetected);
            Assert.Equal(Tasks * PerTask, socket.SentMessages.Count);
            var ids = new HashSet<string>();
            foreach (string message in socket.SentMessages)
            {
                using JsonDocument doc = JsonDocument.Parse(message);
                Assert.Equal("conversation.item.retrieve", doc.RootElement.GetProperty("type").GetString());
                Assert.True(ids.Add(doc.RootElement.GetProperty("item_id").GetString()!));
            }
        }

        [Theory]
        [InlineData("not json")]
        [InlineData("[1]")]
        [InlineData("{\"no_type\":1}")]
        [InlineData("{\"type\":\"a\"")]
        public async Task RawSendRejectsAnythingButOneJsonObjectWithAType(string json)
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;
            await Assert.ThrowsAsync<ArgumentException>(() => connection.SendRawAsync(json).AsTask());
            Assert.Empty(socket.SentMessages);
        }

        [Fact]
        public async Task CloseAsyncDoesTheHandshakeAndLaterSendsFailAtOnce()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;

            await connection.CloseAsync().OrTimeout("close");

            Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.ClientCloseStatus);
            Assert.Equal(WebSocketCloseStatus.NormalClosure, connection.CloseStatus);
            Assert.False(socket.WasAborted);
            var ex = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => connection.SendRawAsync("{\"type\":\"x\"}").AsTask());
            Assert.Equal(1000, ex.CloseStatus);
        }

        [Fact]
        public async Task CloseAsyncWhileEnumeratingEndsTheEnumerationNormallyAfterEventsInFlight()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;
            var seen = new List<string>();
            var firstSeen = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            Task reader = Task.Run(async () =>
            {
                await foreach (ServerEvent evt in connection)
                {
                    seen.Add(evt.Type);
                    firstSeen.TrySetResult(true);
                }
            });
            await firstSeen.Task.OrTimeout("first");

            socket.EchoClose = false;
            Task close = connection.CloseAsync();
            socket.EnqueueText("{\"type\":\"response.done\"}"); // sent by the service before it saw our close
            socket.EnqueueClose(WebSocketCloseStatus.NormalClosure, null);
            await close.OrTimeout("close");
            await reader.OrTimeout("reader");

            Assert.Equal(new[] { "session.created", "response.done" }, seen);
        }

        [Fact]
        public async Task CloseAsyncAbortsWhenTheServerNeverAnswers()
        {
            var (connection, socket) = await ConnectAsync(configure: o => o.CloseTimeout = TimeSpan.FromMilliseconds(200));
            await using var _c = connection;
            socket.EchoClose = false;

            await connection.CloseAsync().OrTimeout("close");

            Assert.True(socket.WasAborted);
            Assert.False(connection.IsOpen);
        }

        [Fact]
        public async Task CancellingCloseAbortsTheSocket()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;
            socket.EchoClose = false;
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connection.CloseAsync(cancellationToken: cts.Token)).OrTimeout("close");

            Assert.True(socket.WasAborted);
            Assert.False(connection.IsOpen);
        }

        [Fact]
        public async Task DisposeIsIdempotentAndLaterCallsThrowObjectDisposed()
        {
            var (connection, _) = await ConnectAsync();
            await connection.DisposeAsync();
            await connection.DisposeAsync();
            await Assert.ThrowsAsync<ObjectDisposedException>(() => connection.SendRawAsync("{\"type\":\"x\"}").AsTask());
            Assert.Throws<ObjectDisposedException>(() => connection.GetAsyncEnumerator());
        }

        [Fact]
        public async Task DisposeDuringASendDoesNotHang()
        {
            var (connection, socket) = await ConnectAsync();
            Task sends = Task.Run(async () =>
            {
                for (int i = 0; i < 10000; i++)
                {
                    try
                    {
                        await connection.SendRawAsync("{\"type\":\"input_audio_buffer.commit\"}");
                    }
                    catch (Exception ex) when (ex is VoiceLiveConnectionClosedException || ex is ObjectDisposedException)
                    {
                        return;
                    }
                }
            });

            await connection.DisposeAsync().AsTask().OrTimeout("dispose");
            await sends.OrTimeout("sends stop");
            Assert.False(socket.OverlappingSendDetected);
        }

        [Fact]
        public async Task ACancelledSendNeverWritesAPartialFrame()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;
            using var cts = new CancellationTokenSource();
            cts.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connection.SendRawAsync("{\"type\":\"x\"}", cts.Token).AsTask());

            Assert.Empty(socket.SentMessages);
            Assert.True(connection.IsOpen);
        }

        [Fact]
        public async Task AReaderThatStartsWhileCloseAsyncDrainsTheSocketSeesTheStreamEnd()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;
            Assert.NotNull(await connection.ReceiveAsync()); // session.created; no reader is active now
            socket.EchoClose = false;

            Task close = connection.CloseAsync(); // drains the socket itself, waiting for the service's close frame
            var events = new List<ServerEvent>();
            Task reader = Task.Run(async () =>
            {
                await foreach (ServerEvent evt in connection)
                {
                    events.Add(evt);
                }
            });
            Task<ServerEvent?> receive = connection.ReceiveAsync().AsTask();

            socket.EnqueueClose(WebSocketCloseStatus.NormalClosure, null);
            await close.OrTimeout("close");
            await reader.OrTimeout("reader ends");
            Assert.Null(await receive.OrTimeout("receive ends"));
            Assert.Empty(events);
        }
    }
}
