#if NET7_0_OR_GREATER
using System;
using System.Buffers;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Transport
{
    /// <summary>
    /// Sits between the WebSocket and the upgraded HTTP connection and turns the WebSocket's many small reads into few
    /// large ones. Why: the WebSocket reads every frame header (a few bytes) and every payload separately, so a stream
    /// of 6 KB audio deltas costs about two socket reads per event through a plain ClientWebSocket; with this buffer one
    /// read brings in whatever the kernel holds (often many events), and the rest are memory copies. The HTTP
    /// connection passes a read this large straight to the socket instead of through its own 4 KB buffer. The receive
    /// harness counts the socket reads of both paths (benchmarks/README.md).
    /// <para>
    /// The buffer is rented only while it holds unread bytes: when it is empty the stream first waits for data with a
    /// zero-byte read, which holds no buffer, so an idle session (the common state of a server bridging many calls)
    /// keeps no receive memory. Writes pass straight through.
    /// </para>
    /// One reader at a time, as for any <see cref="Stream"/>; writes may run concurrently with a read. Every read from
    /// the connection is counted (<see cref="ReadActivity"/>) for the keep-alive; with pings on, writes are serialised so
    /// that a ping can go out between two frames (ReadBufferingStream.Pings.cs).
    /// </summary>
    internal sealed partial class ReadBufferingStream : Stream
    {
        /// <summary>The size of one socket read: enough for about ten 100 ms audio deltas.</summary>
        internal const int BufferSize = 64 * 1024;

        private readonly Stream _inner;
        private byte[]? _buffer;
        private int _start;
        private int _end;
        private bool _lastReadWasLarge;

        // Raised by one at the start of every read from the connection and by one at its end: odd while a read waits.
        private long _readActivity;

        public ReadBufferingStream(Stream inner, bool pings = false)
        {
            _inner = inner ?? throw new ArgumentNullException(nameof(inner));
            _writeGate = pings ? new SendGate() : null;
        }

        /// <summary>
        /// How often a read from the connection began or ended: a change is proof of life (a read ends only when bytes
        /// came, or the connection did), an odd value means a read is waiting now. Written by the one reader, read by
        /// the keep-alive monitor.
        /// </summary>
        internal long ReadActivity => Volatile.Read(ref _readActivity);

        /// <summary>How many read bytes wait in the buffer (for tests).</summary>
        internal int BufferedCount => _end - _start;

        /// <summary>Whether a buffer is rented right now (for tests: an idle stream holds none).</summary>
        internal bool HoldsBuffer => _buffer is not null;

        public override bool CanRead => _inner.CanRead;

        public override bool CanWrite => _inner.CanWrite;

        public override bool CanSeek => false;

        public override bool CanTimeout => _inner.CanTimeout;

        public override int ReadTimeout
        {
            get => _inner.ReadTimeout;
            set => _inner.ReadTimeout = value;
        }

        public override int WriteTimeout
        {
            get => _inner.WriteTimeout;
            set => _inner.WriteTimeout = value;
        }

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
        {
            if (_end > _start)
            {
                return new ValueTask<int>(CopyBuffered(destination.Span));
            }

            // A zero-byte read (the caller waiting for data) and a read as large as our buffer gain nothing from it.
            if (destination.Length == 0 || destination.Length >= BufferSize)
            {
                BeginRead();
                ValueTask<int> read;
                try
                {
                    read = _inner.ReadAsync(destination, cancellationToken);
                }
                catch
                {
                    EndRead();
                    throw;
                }

                if (read.IsCompleted)
                {
                    EndRead();
                    return read;
                }

                return EndReadWhenDoneAsync(read);
            }

            return FillAndCopyAsync(destination, cancellationToken);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => ReadAsync(new Memory<byte>(buffer, offset, count), cancellationToken).AsTask();

        public override int Read(Span<byte> destination)
        {
            if (_end > _start)
            {
                return CopyBuffered(destination);
            }

            BeginRead();
            try
            {
                return _inner.Read(destination);
            }
            finally
            {
                EndRead();
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(new Span<byte>(buffer, offset, count));

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
            => _writeGate is null ? _inner.WriteAsync(source, cancellationToken) : GatedWriteAsync(source, cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => WriteAsync(new ReadOnlyMemory<byte>(buffer, offset, count), cancellationToken).AsTask();

        public override void Write(ReadOnlySpan<byte> source)
        {
            if (_writeGate is null)
            {
                _inner.Write(source);
                return;
            }

            GatedWrite(source);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(new ReadOnlySpan<byte>(buffer, offset, count));

        public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);

        public override void Flush() => _inner.Flush();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                // The buffer is not returned here: a read may still be copying out of it on another thread, and a pooled
                // array handed to someone else while in use would corrupt their data. The collector takes it instead.
                Monitor?.Dispose();
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }

#if NET6_0_OR_GREATER
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
#endif
        private async ValueTask<int> FillAndCopyAsync(Memory<byte> destination, CancellationToken cancellationToken)
        {
            // Wait for data without holding a buffer (sockets complete this at once when bytes are already there),
            // unless the last read came back well filled: then more is almost surely queued and the wait is a wasted call.
            if (!_lastReadWasLarge)
            {
                BeginRead();
                try
                {
                    await _inner.ReadAsync(Memory<byte>.Empty, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    EndRead();
                }
            }

            byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
            int read;
            BeginRead();
            try
            {
                read = await _inner.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }
            finally
            {
                EndRead();
            }

            if (read == 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                return 0; // The end of the stream.
            }

            _lastReadWasLarge = read >= BufferSize / 2;
            _buffer = buffer;
            _start = 0;
            _end = read;
            return CopyBuffered(destination.Span);
        }

        private void BeginRead() => Volatile.Write(ref _readActivity, _readActivity + 1);

        private void EndRead() => Volatile.Write(ref _readActivity, _readActivity + 1);

#if NET6_0_OR_GREATER
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
#endif
        private async ValueTask<int> EndReadWhenDoneAsync(ValueTask<int> read)
        {
            try
            {
                return await read.ConfigureAwait(false);
            }
            finally
            {
                EndRead();
            }
        }

        private int CopyBuffered(Span<byte> destination)
        {
            int count = Math.Min(destination.Length, _end - _start);
            new ReadOnlySpan<byte>(_buffer, _start, count).CopyTo(destination);
            _start += count;
            if (_start == _end)
            {
                // Drained: give the buffer back so that a session waiting for its next event holds no receive memory.
                byte[] drained = _buffer!;
                _buffer = null;
                _start = _end = 0;
                ArrayPool<byte>.Shared.Return(drained);
            }

            return count;
        }
    }
}
#endif
