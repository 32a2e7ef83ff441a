using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Diagnostics;
using VoiceLive.Protocol.Json.FastPath;
using VoiceLive.Transport;

namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection : IAsyncEnumerable<ServerEvent>
    {
        private const int ReceiveChunkSize = 16 * 1024;

        private readonly PooledBufferWriter _receiveBuffer;

        // Fast path for the high-rate deltas (ids cached across events); everything else goes to ServerEventParser.
        private readonly ServerEventReader _eventReader = new ServerEventReader();
        // Whether the last message had to wait for the network (then the next read waits without holding a buffer).
        private bool _lastMessageWaited;

        // The event read during ConnectAsync (session.created), handed to the first reader so nothing is lost.
        private ServerEvent? _firstEvent;

        // A socket read that outlived a cancelled ReceiveAsync; the next read takes its result instead of losing it.
        // Owned by whoever holds the reader slot.
        private Task<ServerEvent?>? _pendingRead;

        /// <summary>
        /// Streams the service's events until the connection closes. A normal close (1000) ends the enumeration; any
        /// other close throws <see cref="VoiceLiveConnectionClosedException"/>. Only one reader may be active at a time:
        /// a second concurrent enumeration (or a concurrent <see cref="ReceiveAsync(CancellationToken)"/>) throws
        /// <see cref="InvalidOperationException"/>. Ending an enumeration early does not close the connection.
        /// </summary>
        /// <param name="cancellationToken">Stops waiting for the next event; the connection stays open and no event is lost.</param>
        /// <returns>The event enumerator.</returns>
        public IAsyncEnumerator<ServerEvent> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            ThrowIfDisposed();
            if (!TryEnterReader())
            {
                // CloseAsync is draining the socket: this reader sees the end of the stream once the close completes.
                return new ClosingEnumerator(this, cancellationToken);
            }

            return new EventEnumerator(this, cancellationToken);
        }

        /// <summary>
        /// Waits for the next event. Returns null once the service closed the connection normally (1000); throws
        /// <see cref="VoiceLiveConnectionClosedException"/> for any other close. Cancelling the wait leaves the
        /// connection open, and the event being read is returned by the next call.
        /// </summary>
        /// <param name="cancellationToken">Stops waiting; nothing is lost.</param>
        /// <returns>The next event, or null at the normal end of the stream.</returns>
        public async ValueTask<ServerEvent?> ReceiveAsync(CancellationToken cancellationToken = default)
        {
            ThrowIfDisposed();
            if (!TryEnterReader())
            {
                await TaskWaits.WhenCompletedOrCanceled(_streamEnded.Task, cancellationToken).ConfigureAwait(false);
                return null;
            }

            try
            {
                return await ReadNextAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                ExitReader();
            }
        }

        /// <summary>The receive buffer's current size (for tests: 0 while a paced session waits for its next event).</summary>
        internal int ReceiveBufferCapacity => _receiveBuffer.Capacity;

        /// <summary>Reads the service's first event during connect and keeps it for the first reader.</summary>
        internal async Task ReceiveFirstEventAsync(CancellationToken cancellationToken)
        {
            EnterReader();
            try
            {
                ServerEvent? first = await ReadNextAsync(cancellationToken).ConfigureAwait(false);
                _firstEvent = first ?? throw new VoiceLiveConnectionClosedException(_closeInfo?.Status ?? 1000, _closeInfo?.Description);
                TryChangeState(VoiceLiveConnectionState.Connecting, VoiceLiveConnectionState.Open);
            }
            finally
            {
                ExitReader();
            }
        }

        /// <summary>Reads the next event for the single active reader, honouring cancellation without losing data.</summary>
#if NET6_0_OR_GREATER
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
#endif
        private async ValueTask<ServerEvent?> ReadNextAsync(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ServerEvent? first = Interlocked.Exchange(ref _firstEvent, null);
            if (first is not null)
            {
                return first;
            }

            if (_pendingRead is null && !cancellationToken.CanBeCanceled)
            {
                return await ReadEventFromSocketAsync().ConfigureAwait(false);
            }

            Task<ServerEvent?> read = _pendingRead ??= ObservedRead(ReadEventFromSocketAsync().AsTask());
            if (!read.IsCompleted)
            {
                await TaskWaits.WhenCompletedOrCanceled(read, cancellationToken).ConfigureAwait(false);
            }

            // Here the read has completed (the cancellation above throws while it is still running).
            _pendingRead = null;
            return await read.ConfigureAwait(false);
        }

        /// <summary>
        /// A read that may outlive its caller (cancelled, or abandoned by a close that timed out) and then fail when the
        /// connection is torn down: its exception is observed here so it never surfaces as an unobserved task exception.
        /// Whoever awaits the task still gets the exception.
        /// </summary>
        private static Task<ServerEvent?> ObservedRead(Task<ServerEvent?> read)
        {
            if (!read.IsCompleted)
            {
                ObserveLateFailure(read);
            }

            return read;
        }

        /// <summary>Reads one whole message from the socket and parses it; null at the normal end of the stream.</summary>
#if NET6_0_OR_GREATER
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
#endif
        private async ValueTask<ServerEvent?> ReadEventFromSocketAsync()
        {
            while (true)
            {
                // One volatile read: only Renewing to Resuming (a resumable connection) has resumption work for the reader.
                if (IsResumptionState(_state)
                    && await ResumeStepAsync(_resumption!).ConfigureAwait(false) is ServerEvent resumptionEvent)
                {
                    return resumptionEvent;
                }

                CloseInfo? closed = _closeInfo;
                if (closed is not null)
                {
                    return closed.IsNormal ? null : throw closed.NewException();
                }

                WebSocketMessageType messageType;
                try
                {
                    messageType = await ReadMessageAsync().ConfigureAwait(false);
                }
                catch (Exception) when (IsResumptionState(_state))
                {
                    continue; // A resumable drop (logged where it was recorded): the loop reports it and resumes.
                }

                if (messageType == WebSocketMessageType.Close)
                {
                    continue; // _closeInfo is set; loop to return or throw.
                }

                ReadOnlySpan<byte> frame = _receiveBuffer.WrittenSpan;
                ServerEvent evt = _eventReader.Parse(frame);
                OnReceived(evt, frame);
                NotifyReceived(evt);
                return evt;
            }
        }

        /// <summary>
        /// Records how the connection ended. With resumption on, a close that is not final is taken over instead (the
        /// connection stays usable and the reader resumes it); otherwise the close is final.
        /// </summary>
        private void SetClosed(CloseInfo info)
        {
            if (_resumption is not null && InterceptCloseForResumption(info))
            {
                return;
            }

            CloseFinal(info);
        }

        private static bool IsResumptionState(VoiceLiveConnectionState state)
            => (uint)(state - VoiceLiveConnectionState.Renewing) <= VoiceLiveConnectionState.Resuming - VoiceLiveConnectionState.Renewing;

        private void OnReceived(ServerEvent evt, ReadOnlySpan<byte> frame)
        {
            if (evt is MalformedServerEvent malformed)
            {
                Log.MalformedFrame(_logger, frame.Length, malformed.ClaimedType ?? string.Empty, malformed.Error);
            }
            else
            {
                Log.Received(_logger, evt.Type, frame.Length);
                TrackInputAudioFormat(evt);
            }

            if (_logContent && _logger.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Trace))
            {
                Log.ReceivedContent(_logger, ContentRedactor.Redact(frame, evt.Type));
            }
        }
    }
}
