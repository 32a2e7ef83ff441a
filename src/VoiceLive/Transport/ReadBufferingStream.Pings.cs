#if NET7_0_OR_GREATER
using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Transport
{
    internal sealed partial class ReadBufferingStream
    {
        /// <summary>
        /// A client ping with no payload (RFC 6455 §5.5.2): FIN and opcode 0x9, then the mask bit with length 0. The four
        /// mask bytes follow, fresh for every ping as §5.3 requires of a client.
        /// </summary>
        private const byte PingOpcodeByte = 0x89;
        private const byte MaskedEmptyLengthByte = 0x80;

        // Serialises the WebSocket's frame writes with our pings (null: no pings, writes pass straight through). The
        // runtime's WebSocket writes every frame, header and payload, with one WriteAsync and never two at once, so a
        // ping written between two of its writes lands between two whole frames: legal even inside a fragmented
        // message, since control frames may be interleaved there (§5.4).
        private readonly SendGate? _writeGate;

        /// <summary>The keep-alive watching the socket over this stream, stopped when the socket disposes it.</summary>
        internal KeepAliveMonitor? Monitor { get; set; }

        /// <summary>How many pings were written (for tests).</summary>
        internal int PingsSent => Volatile.Read(ref _pingsSent);

        private int _pingsSent;

        /// <summary>
        /// Writes one masked ping as soon as the frame being written (if any) is out. Never throws: a connection that
        /// fails this write fails the WebSocket's own reads and writes the same way, and those report it.
        /// </summary>
        internal void SendPing()
        {
            if (_writeGate is null)
            {
                throw new InvalidOperationException("This stream was created without pings.");
            }

            _ = WritePingAsync();
        }

        private async Task WritePingAsync()
        {
            byte[] frame = new byte[6];
            frame[0] = PingOpcodeByte;
            frame[1] = MaskedEmptyLengthByte;
            RandomNumberGenerator.Fill(frame.AsSpan(2));
            await _writeGate!.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                await _inner.WriteAsync(frame, CancellationToken.None).ConfigureAwait(false);
                Interlocked.Increment(ref _pingsSent);
            }
            catch (Exception ex) when (ex is System.IO.IOException || ex is ObjectDisposedException || ex is OperationCanceledException || ex is NotSupportedException)
            {
                // The connection broke or closed: the WebSocket's pending read or next write reports that.
            }
            finally
            {
                _writeGate.Release();
            }
        }

        [SuppressMessage("Usage", "VSTHRD103:Call async methods when in an async method", Justification = "GetResult consumes a ValueTask that has already completed; it never blocks.")]
        private ValueTask GatedWriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken)
        {
            ValueTask entered = _writeGate!.WaitAsync(CancellationToken.None);
            if (!entered.IsCompletedSuccessfully)
            {
                return WriteWhenEnteredAsync(entered, source, cancellationToken);
            }

            entered.GetAwaiter().GetResult();
            ValueTask write;
            try
            {
                write = _inner.WriteAsync(source, cancellationToken);
            }
            catch
            {
                _writeGate.Release();
                throw;
            }

            if (write.IsCompletedSuccessfully)
            {
                write.GetAwaiter().GetResult();
                _writeGate.Release();
                return default;
            }

            return ReleaseWhenWrittenAsync(write);
        }

#if NET6_0_OR_GREATER
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
#endif
        private async ValueTask WriteWhenEnteredAsync(ValueTask entered, ReadOnlyMemory<byte> source, CancellationToken cancellationToken)
        {
            await entered.ConfigureAwait(false);
            try
            {
                await _inner.WriteAsync(source, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _writeGate!.Release();
            }
        }

#if NET6_0_OR_GREATER
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
#endif
        private async ValueTask ReleaseWhenWrittenAsync(ValueTask write)
        {
            try
            {
                await write.ConfigureAwait(false);
            }
            finally
            {
                _writeGate!.Release();
            }
        }

        [SuppressMessage("Usage", "VSTHRD002:Avoid problematic synchronous waits", Justification = "Stream.Write is synchronous by contract: a caller of the synchronous API waits for the gate as it waits for the socket.")]
        private void GatedWrite(ReadOnlySpan<byte> source)
        {
            ValueTask entered = _writeGate!.WaitAsync(CancellationToken.None);
            if (entered.IsCompletedSuccessfully)
            {
                entered.GetAwaiter().GetResult();
            }
            else
            {
                entered.AsTask().GetAwaiter().GetResult();
            }

            try
            {
                _inner.Write(source);
            }
            finally
            {
                _writeGate.Release();
            }
        }
    }
}
#endif
