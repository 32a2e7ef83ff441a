#if NET7_0_OR_GREATER
using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using VoiceLive.Transport;
using Xunit;

namespace VoiceLive.Tests
{
    /// <summary>
    /// The library's own dead-peer detection (KeepAliveMonitor over ReadBufferingStream), on a fake clock and a scripted
    /// peer: when it pings, what the ping looks like on the wire, when it aborts and when it must not.
    /// </summary>
    public class KeepAliveMonitorTests
    {
        private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

        [Fact]
        public async Task A_silent_peer_gets_one_masked_ping_and_the_socket_is_aborted_after_the_timeout()
        {
            using var session = new Session();
            ValueTask<ValueWebSocketReceiveResult> receive = session.Socket.ReceiveAsync(new byte[64].AsMemory(), CancellationToken.None);
            await session.Peer.WaitForReadsAsync(1);

            session.Clock.Advance(Interval - TimeSpan.FromSeconds(1));
            Assert.Equal(0, session.Stream.PingsSent);
            session.Clock.Advance(TimeSpan.FromSeconds(1));
            byte[] ping = await session.Peer.WaitForWriteAsync();
            Assert.Equal(6, ping.Length);
            Assert.Equal(0x89, ping[0]); // FIN, ping
            Assert.Equal(0x80, ping[1]); // masked, no payload

            session.Clock.Advance(Timeout - TimeSpan.FromSeconds(1));
            Assert.Equal(WebSocketState.Open, session.Socket.State);
            session.Clock.Advance(TimeSpan.FromSeconds(1));

            Assert.True(session.Monitor.TimedOut);
            Assert.True(KeepAliveMonitor.HasTimedOut(session.Socket));
            Assert.Equal(WebSocketState.Aborted, session.Socket.State);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await receive.AsTask().OrTimeout("the aborted receive"));
            Assert.Equal(1, session.Stream.PingsSent);
        }

        [Fact]
        public async Task A_pong_keeps_the_connection_and_the_next_quiet_interval_pings_again()
        {
            using var session = new Session();
            Task<ValueWebSocketReceiveResult> receive = session.Socket.ReceiveAsync(new byte[64].AsMemory(), CancellationToken.None).AsTask();
            await session.Peer.WaitForReadsAsync(1);

            session.Clock.Advance(Interval);
            await session.Peer.WaitForWriteAsync();
            int readsBefore = session.Peer.ReadsStarted;
            session.Peer.Deliver(0x8A, 0x00); // the pong
            await session.Peer.WaitForReadsAsync(readsBefore + 2); // the WebSocket took the pong and waits for more

            session.Clock.Advance(Timeout);
            Assert.False(session.Monitor.TimedOut);
            Assert.Equal(WebSocketState.Open, session.Socket.State);

            session.Clock.Advance(Interval);
            await session.Peer.WaitForWriteAsync();
            Assert.Equal(2, session.Stream.PingsSent);
            Assert.False(receive.IsCompleted); // pongs are the WebSocket's business: the app's receive still waits for a message
        }

        [Fact]
        public async Task A_peer_that_keeps_sending_is_never_pinged()
        {
            using var session = new Session();
            byte[] buffer = new byte[64];
            for (int i = 0; i < 5; i++)
            {
                ValueTask<ValueWebSocketReceiveResult> receive = session.Socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
                session.Peer.Deliver(0x81, 0x01, (byte)'x'); // a one-byte text frame
                ValueWebSocketReceiveResult result = await receive.AsTask().OrTimeout("the frame");
                Assert.Equal(1, result.Count);
                session.Clock.Advance(Interval);
            }

            Assert.Equal(0, session.Stream.PingsSent);
            Assert.Equal(WebSocketState.Open, session.Socket.State);
        }

        [Fact]
        public async Task An_app_that_does_not_read_is_not_taken_for_a_dead_peer_and_its_next_read_gets_the_whole_timeout()
        {
            using var session = new Session();

            // Nobody reads: the pong would wait unread in the kernel, so no verdict however long the silence lasts.
            session.Clock.Advance(Interval);
            await session.Peer.WaitForWriteAsync();
            for (int i = 0; i < 5; i++)
            {
                session.Clock.Advance(Timeout);
            }

            Assert.False(session.Monitor.TimedOut);
            Assert.Equal(WebSocketState.Open, session.Socket.State);

            // The app reads again and the peer stays silent: the read gets the whole timeout, then the verdict.
            ValueTask<ValueWebSocketReceiveResult> receive = session.Socket.ReceiveAsync(new byte[64].AsMemory(), CancellationToken.None);
            await session.Peer.WaitForReadsAsync(1);
            session.Clock.Advance(Timeout);
            Assert.False(session.Monitor.TimedOut);
            session.Clock.Advance(Timeout);
            Assert.True(session.Monitor.TimedOut);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await receive.AsTask().OrTimeout("the aborted receive"));
        }

        [Fact]
        public async Task A_ping_waits_for_the_frame_being_written_and_lands_after_it_whole()
        {
            using var session = new Session();
            var hold = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            session.Peer.HoldWrites = hold;
            byte[] payload = new byte[1000];
            ValueTask send = session.Socket.SendAsync(payload.AsMemory(), WebSocketMessageType.Binary, endOfMessage: false, CancellationToken.None);
            await session.Peer.WriteStarted.Task.OrTimeout("the frame write");

            session.Clock.Advance(Interval); // the ping is due while the frame is still on its way
            hold.SetResult(true);
            await send.AsTask().OrTimeout("the send");
            await session.Socket.SendAsync(payload.AsMemory(), WebSocketMessageType.Binary, endOfMessage: true, CancellationToken.None).AsTask().OrTimeout("the last fragment");

            byte[] first = await session.Peer.WaitForWriteAsync();
            byte[] second = await session.Peer.WaitForWriteAsync();
            byte[] third = await session.Peer.WaitForWriteAsync();
            Assert.Equal(2 + 2 + 4 + 1000, first.Length); // the whole first fragment: header, length, mask, payload
            Assert.Equal(0x02, first[0]); // binary, not final
            Assert.Equal(new byte[] { 0x89, 0x80 }, second.AsSpan(0, 2).ToArray()); // the ping, between the fragments
            Assert.Equal(0x80, third[0]); // continuation, final
        }

        [Fact]
        public async Task A_closing_socket_is_not_pinged()
        {
            using var session = new Session();
            await session.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).OrTimeout("the close frame");
            byte[] close = await session.Peer.WaitForWriteAsync();
            Assert.Equal(0x88, close[0]);

            session.Clock.Advance(Interval);
            session.Clock.Advance(Interval);
            Assert.Equal(0, session.Stream.PingsSent);
        }

        /// <summary>A client WebSocket over the buffering stream over a scripted peer, with the monitor on a fake clock.</summary>
        private sealed class Session : IDisposable
        {
            public Session()
            {
                Stream = new ReadBufferingStream(Peer, pings: true);
                Socket = WebSocket.CreateFromStream(Stream, new WebSocketCreationOptions { IsServer = false, KeepAliveInterval = TimeSpan.Zero });
                Monitor = KeepAliveMonitor.Start(Socket, Stream, Interval, Timeout, Clock);
            }

            public FakeTimeProvider Clock { get; } = new FakeTimeProvider();

            public PeerStream Peer { get; } = new PeerStream();

            public ReadBufferingStream Stream { get; }

            public WebSocket Socket { get; }

            public KeepAliveMonitor Monitor { get; }

            public void Dispose() => Socket.Dispose();
        }

        /// <summary>The peer's end of the connection: bytes handed in by the test, every write recorded whole.</summary>
        private sealed class PeerStream : Stream
        {
            private readonly ConcurrentQueue<byte[]> _incoming = new ConcurrentQueue<byte[]>();
            private readonly SemaphoreSlim _available = new SemaphoreSlim(0);
            private readonly SemaphoreSlim _written = new SemaphoreSlim(0);
            private readonly ConcurrentQueue<byte[]> _writes = new ConcurrentQueue<byte[]>();
            private readonly CancellationTokenSource _disposed = new CancellationTokenSource();
            private readonly SemaphoreSlim _readStarted = new SemaphoreSlim(0);
            private byte[]? _current;
            private int _offset;
            private int _readsStarted;

            public int ReadsStarted => Volatile.Read(ref _readsStarted);

            /// <summary>When set, the next write does not finish until it completes.</summary>
            public TaskCompletionSource<bool>? HoldWrites { get; set; }

            public TaskCompletionSource<bool> WriteStarted { get; } = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

            public override bool CanRead => true;

            public override bool CanWrite => true;

            public override bool CanSeek => false;

            public override long Length => throw new NotSupportedException();

            public override long Position
            {
                get => throw new NotSupportedException();
                set => throw new NotSupportedException();
            }

            public void Deliver(params byte[] bytes)
            {
                _incoming.Enqueue(bytes);
                _available.Release();
            }

            public async Task WaitForReadsAsync(int count)
            {
                while (ReadsStarted < count)
                {
                    await _readStarted.WaitAsync().OrTimeout("a read from the connection");
                }
            }

            public async Task<byte[]> WaitForWriteAsync()
            {
                await _written.WaitAsync().OrTimeout("a write to the connection");
                Assert.True(_writes.TryDequeue(out byte[]? write));
                return write!;
            }

            public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
            {
                Interlocked.Increment(ref _readsStarted);
                _readStarted.Release();
                if (_current is null)
                {
                    try
                    {
                        await _available.WaitAsync(_disposed.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        throw new ObjectDisposedException(nameof(PeerStream));
                    }

                    Assert.True(_incoming.TryDequeue(out _current));
                    _offset = 0;
                    if (destination.Length == 0)
                    {
                        return 0;
                    }
                }

                int count = Math.Min(destination.Length, _current!.Length - _offset);
                _current.AsSpan(_offset, count).CopyTo(destination.Span);
                _offset += count;
                if (_offset == _current.Length)
                {
                    _current = null;
                }

                return count;
            }

            public override async ValueTask WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
            {
                byte[] copy = source.ToArray();
                WriteStarted.TrySetResult(true);
                TaskCompletionSource<bool>? hold = HoldWrites;
                HoldWrites = null;
                if (hold is not null)
                {
                    await hold.Task;
                }

                _writes.Enqueue(copy);
                _written.Release();
            }

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override void Flush()
            {
            }

            public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    _disposed.Cancel();
                }

                base.Dispose(disposing);
            }
        }
    }
}
#endif
