using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Transport;
using Xunit;

namespace VoiceLive.Tests
{
    /// <summary>
    /// The read buffer under the WebSocket: few large socket reads for many small WebSocket reads, the bytes unchanged
    /// and in order, and no buffer held while waiting for data.
    /// </summary>
    public class ReadBufferingStreamTests
    {
        [Fact]
        public async Task ManySmallReadsAreServedFromOneInnerRead()
        {
            byte[] data = Pattern(40_000);
            var inner = new SourceStream(data);
            var stream = new ReadBufferingStream(inner);

            // The WebSocket's pattern: a header read of a few bytes, then the payload.
            var received = new List<byte>();
            var chunk = new byte[139];
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory())) > 0)
            {
                received.AddRange(new ArraySegment<byte>(chunk, 0, read));
            }

            Assert.Equal(data, received.ToArray());
            // One read brought all 40,000 bytes, one more saw the end; 289 reads of 139 bytes came from memory.
            Assert.Equal(2, inner.DataReads);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(7)]
        [InlineData(4096)]
        [InlineData(ReadBufferingStream.BufferSize - 1)]
        public async Task BytesArriveUnchangedAndInOrderWhateverTheReadSize(int readSize)
        {
            byte[] data = Pattern(3 * ReadBufferingStream.BufferSize + 123);
            var stream = new ReadBufferingStream(new SourceStream(data, maxPerRead: 10_000));

            byte[] received = await ReadAllAsync(stream, readSize);

            Assert.Equal(data, received);
        }

        [Fact]
        public async Task ADrainedStreamHoldsNoBuffer()
        {
            var stream = new ReadBufferingStream(new SourceStream(Pattern(1000)));
            var chunk = new byte[600];

            Assert.Equal(600, await stream.ReadAsync(chunk.AsMemory()));
            Assert.True(stream.HoldsBuffer);
            Assert.Equal(400, stream.BufferedCount);

            Assert.Equal(400, await stream.ReadAsync(chunk.AsMemory()));
            Assert.False(stream.HoldsBuffer);
        }

        [Fact]
        public async Task WaitingForDataHoldsNoBufferAndReadsOnceDataArrives()
        {
            var inner = new SourceStream(Pattern(500)) { Gate = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously) };
            var stream = new ReadBufferingStream(inner);
            var chunk = new byte[100];

            ValueTask<int> pending = stream.ReadAsync(chunk.AsMemory());
            await inner.ZeroByteWaitStarted.Task.OrTimeout("the zero-byte wait");

            // The idle session's state: a read is pending and no buffer is rented.
            Assert.False(pending.IsCompleted);
            Assert.False(stream.HoldsBuffer);
            Assert.Equal(0, inner.DataReads);

            inner.Gate.SetResult(true);
            Assert.Equal(100, await pending.OrTimeout("the read after data arrived"));
            Assert.Equal(Pattern(500).AsSpan(0, 100).ToArray(), chunk);
            Assert.Equal(400, stream.BufferedCount);
        }

        [Fact]
        public async Task AWellFilledReadSkipsTheNextZeroByteWait()
        {
            byte[] data = Pattern(5 * ReadBufferingStream.BufferSize);
            var inner = new SourceStream(data);
            var stream = new ReadBufferingStream(inner);

            byte[] received = await ReadAllAsync(stream, 4096);

            Assert.Equal(data, received);
            // Only the first fill waited: after a full buffer more is assumed queued, so the wait would be a wasted call.
            Assert.Equal(1, inner.ZeroByteReads);
        }

        [Fact]
        public async Task LargeAndZeroByteReadsGoStraightToTheInnerStream()
        {
            byte[] data = Pattern(2 * ReadBufferingStream.BufferSize);
            var inner = new SourceStream(data);
            var stream = new ReadBufferingStream(inner);

            Assert.Equal(0, await stream.ReadAsync(Memory<byte>.Empty));
            Assert.Equal(1, inner.ZeroByteReads);

            var large = new byte[ReadBufferingStream.BufferSize];
            Assert.Equal(large.Length, await stream.ReadAsync(large.AsMemory()));
            Assert.False(stream.HoldsBuffer);
            Assert.Equal(data.AsSpan(0, large.Length).ToArray(), large);
        }

        [Fact]
        public async Task TheEndOfTheStreamReadsAsZero()
        {
            var stream = new ReadBufferingStream(new SourceStream(Array.Empty<byte>()));

            Assert.Equal(0, await stream.ReadAsync(new byte[10].AsMemory()));
            Assert.False(stream.HoldsBuffer);
        }

        [Fact]
        public async Task AFailingInnerReadSurfacesItsException()
        {
            var inner = new SourceStream(Pattern(10)) { Failure = new IOException("connection reset") };
            var stream = new ReadBufferingStream(inner);

            IOException error = await Assert.ThrowsAsync<IOException>(async () => _ = await stream.ReadAsync(new byte[10].AsMemory()));

            Assert.Equal("connection reset", error.Message);
            Assert.False(stream.HoldsBuffer);
        }

        [Fact]
        public async Task WritesPassThroughAndDisposeClosesTheInnerStream()
        {
            var inner = new SourceStream(Array.Empty<byte>());
            var stream = new ReadBufferingStream(inner);

            await stream.WriteAsync(new byte[] { 1, 2, 3 }.AsMemory());
            await stream.FlushAsync();
            await stream.DisposeAsync();

            Assert.Equal(new byte[] { 1, 2, 3 }, inner.Written.ToArray());
            Assert.True(inner.Disposed);
        }

        [Fact]
        public async Task SynchronousReadsServeBufferedBytesFirst()
        {
            byte[] data = Pattern(300);
            var inner = new SourceStream(data);
            var stream = new ReadBufferingStream(inner);

            var first = new byte[100];
            Assert.Equal(100, await stream.ReadAsync(first.AsMemory()));
            var rest = new byte[300];
            Assert.Equal(200, stream.Read(rest, 0, rest.Length));

            Assert.Equal(data.AsSpan(100).ToArray(), rest.AsSpan(0, 200).ToArray());
        }

        private static async Task<byte[]> ReadAllAsync(Stream stream, int readSize)
        {
            var received = new MemoryStream();
            var chunk = new byte[readSize];
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory())) > 0)
            {
                received.Write(chunk, 0, read);
            }

            return received.ToArray();
        }

        private static byte[] Pattern(int length)
        {
            var data = new byte[length];
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = (byte)(i * 31 + (i >> 8));
            }

            return data;
        }

        /// <summary>A socket stand-in: hands out its bytes (at most <c>maxPerRead</c> per read) and counts the reads.</summary>
        private sealed class SourceStream : Stream
        {
            private readonly byte[] _data;
            private readonly int _maxPerRead;
            private int _position;

            public SourceStream(byte[] data, int maxPerRead = int.MaxValue)
            {
                _data = data;
                _maxPerRead = maxPerRead;
            }

            /// <summary>When set, the zero-byte wait does not complete until it is.</summary>
            public TaskCompletionSource<bool>? Gate { get; set; }

            public TaskCompletionSource<bool> ZeroByteWaitStarted { get; } = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

            public Exception? Failure { get; set; }

            public int DataReads { get; private set; }

            public int ZeroByteReads { get; private set; }

            public MemoryStream Written { get; } = new MemoryStream();

            public bool Disposed { get; private set; }

            public override bool CanRead => true;

            public override bool CanWrite => true;

            public override bool CanSeek => false;

            public override long Length => throw new NotSupportedException();

            public override long Position
            {
                get => throw new NotSupportedException();
                set => throw new NotSupportedException();
            }

            public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
            {
                if (Failure is not null)
                {
                    throw Failure;
                }

                if (destination.Length == 0)
                {
                    ZeroByteReads++;
                    ZeroByteWaitStarted.TrySetResult(true);
                    if (Gate is not null)
                    {
                        await Gate.Task;
                    }

                    return 0;
                }

                DataReads++;
                return Read(destination.Span);
            }

            public override int Read(Span<byte> destination)
            {
                int count = Math.Min(Math.Min(destination.Length, _maxPerRead), _data.Length - _position);
                _data.AsSpan(_position, count).CopyTo(destination);
                _position += count;
                return count;
            }

            public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

            public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);

            public override ValueTask WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
            {
                Written.Write(source.Span);
                return default;
            }

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            protected override void Dispose(bool disposing)
            {
                Disposed = true;
                base.Dispose(disposing);
            }
        }
    }
}
