using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection : IAsyncEnumerable<ServerEvent>
    {
        private const int ReceiveChunkSize = 16 * 1024;

        private readonly PooledBufferWriter _receiveBuffer;

        // Fast path for the high-rate deltas (ids cached across events); everything else goes to ServerEventParser.
        private readonly ServerEventReader _eventReader = new ServerEventReader();
        private readonly object _readerGate = new object();
        private bool _readerActive;

        // Whether the last message had to wait for the network (then the next read waits without holding a buffer).
        private bool _lastMessageWaited;

        // True while CloseAsync holds the reader slot to drain the socket for the service's close frame.
        private bool _closeDraining;
        private volatile CloseInfo? _closeInfo;

        // The event read during ConnectAsync (session.created), handed to the first reader so nothing is lost.
        private ServerEvent? _firstEvent;

        // A socket read that outlived a cancelled ReceiveAsync; the next read takes its result instead of losing it.
        private Task<ServerEvent?>? _pendingRead;

        // Completed when the service's close frame (or a transport failure) ends the stream; CloseAsync waits on it.
        private readonly TaskCompletionSource<bool> _streamEnded = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

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
                await TaskExtensions.WhenCompletedOrCanceled(_streamEnded.Task, cancellationToken).ConfigureAwait(false);
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
            }
            finally
            {
                ExitReader();
            }
        }

        private void EnterReader()
        {
            if (!TryEnterReader())
            {
                throw new InvalidOperationException("The connection is closing.");
            }
        }

        /// <summary>
        /// Takes the single reader slot. Returns false (instead of throwing) when the slot is held by CloseAsync draining
        /// the socket: a reader that starts during the app's own close simply sees the stream end.
        /// </summary>
        private bool TryEnterReader()
        {
            lock (_readerGate)
            {
                if (_readerActive && _closeDraining)
                {
                    return false;
                }

                if (_readerActive)
                {
                    throw new InvalidOperationException("Another reader is already receiving events from this connection; only one enumeration or ReceiveAsync may be active at a time.");
                }

                _readerActive = true;
                return true;
            }
        }

        private void ExitReader()
        {
            lock (_readerGate)
            {
                _readerActive = false;
                if (Volatile.Read(ref _disposed) != 0 && _pendingRead is null)
                {
                    // Dispose left the buffer to the reader; now nobody can be writing into it.
                    _receiveBuffer.Dispose();
                }
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
                await TaskExtensions.WhenCompletedOrCanceled(read, cancellationToken).ConfigureAwait(false);
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
                if (_resumption is not null && _resumption.Phase != ResumptionPhase.Open
                    && await ResumeStepAsync(_resumption).ConfigureAwait(false) is ServerEvent resumptionEvent)
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
                catch (Exception) when (_resumption is not null && _resumption.Phase != ResumptionPhase.Open && _closeInfo is null)
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

        /// <summary>Reassembles one message into the pooled buffer, enforcing the size cap; handles close frames.</summary>
#if NET6_0_OR_GREATER
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
#endif
        private async ValueTask<WebSocketMessageType> ReadMessageAsync()
        {
            bool waited = false;
#if !NETSTANDARD2_0
            if (_lastMessageWaited)
            {
                // The last message had to wait for the network: this session is paced by the service (the usual state
                // of a server bridging many calls), so wait for the next frame without a buffer and give ours back to
                // the pool meanwhile. A stream that keeps data queued (a burst) skips this and keeps its buffer.
                _receiveBuffer.Release();
                ValueWebSocketReceiveResult ready;
                try
                {
                    ValueTask<ValueWebSocketReceiveResult> wait = _socket.ReceiveAsync(Memory<byte>.Empty, CancellationToken.None);
                    waited = !wait.IsCompleted;
                    ready = await wait.ConfigureAwait(false);
                }
                catch (Exception ex) when (IsTransportException(ex))
                {
                    throw OnTransportFailure(ex);
                }

                if (ready.MessageType == WebSocketMessageType.Close)
                {
                    await OnCloseFrameAsync().ConfigureAwait(false);
                    return WebSocketMessageType.Close;
                }

                if (ready.EndOfMessage)
                {
                    _lastMessageWaited = waited;
                    return ready.MessageType; // An empty message: the wait consumed all of it.
                }
            }
#endif
            _receiveBuffer.Reset(keepCapacity: 64 * 1024);
#if !NETSTANDARD2_0
            bool firstRead = true;
#endif
            while (true)
            {
                // Never ask for more than one byte past the cap, so an oversized message cannot grow the buffer further.
                int room = Math.Min(ReceiveChunkSize, _maxMessageSize - _receiveBuffer.WrittenCount + 1);
                Memory<byte> memory = _receiveBuffer.GetMemory(room).Slice(0, room);
#if NETSTANDARD2_0
                ValueWebSocketReceiveResultShim result;
#else
                // Straight to the socket's ValueTask (no shim state machine per read) where Memory receives exist.
                ValueWebSocketReceiveResult result;
#endif
                try
                {
#if NETSTANDARD2_0
                    result = await WebSocketShim.ReceiveAsync(_socket, memory, _lifetime.Token).ConfigureAwait(false);
#else
                    // No token (it would be registered and unregistered on every read): Dispose/Abort tear the socket
                    // down, which ends a pending read just the same.
                    ValueTask<ValueWebSocketReceiveResult> read = _socket.ReceiveAsync(memory, CancellationToken.None);
                    waited |= firstRead && !read.IsCompleted;
                    firstRead = false;
                    result = await read.ConfigureAwait(false);
#endif
                }
                catch (Exception ex) when (IsTransportException(ex))
                {
                    throw OnTransportFailure(ex);
                }

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await OnCloseFrameAsync().ConfigureAwait(false);
                    return WebSocketMessageType.Close;
                }

                _receiveBuffer.Advance(result.Count);
                if (_receiveBuffer.WrittenCount > _maxMessageSize)
                {
                    throw await OnMessageTooBigAsync().ConfigureAwait(false);
                }

                if (result.EndOfMessage)
                {
                    _lastMessageWaited = waited;

                    // Binary frames are read as UTF-8 JSON too: be liberal, the parser reports anything unreadable.
                    return result.MessageType;
                }
            }
        }

        private async Task OnCloseFrameAsync()
        {
            // A close frame without a status (1005, RFC 6455 §7.1.5) counts as a normal close.
            int status = (int?)_socket.CloseStatus is int received && received != 1005 ? received : 1000;
            string? description = string.IsNullOrEmpty(_socket.CloseStatusDescription) ? null : _socket.CloseStatusDescription;
            CloseInfo info = CloseInfo.Create(status, description);
            SetClosed(info);

            // Protocol: answer the service's close frame to complete the handshake (unless we started it).
            if (_socket.State == WebSocketState.CloseReceived)
            {
                try
                {
                    await SendCloseFrameAsync((WebSocketCloseStatus)status, description).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is WebSocketException || ex is OperationCanceledException || ex is ObjectDisposedException)
                {
                    Log.ConnectionLost(_logger, "Could not answer the close frame: " + ex.Message, ex);
                }
            }

            Log.Closed(_logger, info.Status, string.IsNullOrEmpty(info.Description) ? "no reason given" : info.Description!);
        }

        private async Task<Exception> OnMessageTooBigAsync()
        {
            Log.MessageTooBig(_logger, _maxMessageSize);
            var error = new VoiceLiveProtocolException(
                $"The service sent a message larger than MaxMessageSize ({_maxMessageSize} bytes); the connection was closed with 1009. Raise VoiceLiveClientOptions.MaxMessageSize if such messages are expected.");
            SetClosed(new CloseInfo(1009, "message too big", new VoiceLiveConnectionClosedException(1009, "message too big", error)));
            try
            {
                await SendCloseFrameAsync(WebSocketCloseStatus.MessageTooBig, "message too big").ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException || ex is OperationCanceledException || ex is ObjectDisposedException)
            {
                Log.ConnectionLost(_logger, "Could not send the 1009 close frame: " + ex.Message, ex);
            }

            _socket.Abort();
            return error;
        }

        private void SetClosed(CloseInfo info)
        {
            if (_resumption is not null && InterceptCloseForResumption(info))
            {
                return;
            }

            if (Interlocked.CompareExchange(ref _closeInfo, info, null) is null)
            {
                _streamEnded.TrySetResult(true);
                NotifyClosed(info);
            }
        }

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

        /// <summary>The <c>await foreach</c> enumerator: holds the reader slot until disposed.</summary>
        private sealed class EventEnumerator : IAsyncEnumerator<ServerEvent>
        {
            private readonly VoiceLiveConnection _connection;
            private readonly CancellationToken _cancellationToken;
            private ServerEvent? _current;
            private int _disposed;

            public EventEnumerator(VoiceLiveConnection connection, CancellationToken cancellationToken)
            {
                _connection = connection;
                _cancellationToken = cancellationToken;
            }

            public ServerEvent Current => _current ?? throw new InvalidOperationException("MoveNextAsync has not returned true.");

#if NET6_0_OR_GREATER
            [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
#endif
            public async ValueTask<bool> MoveNextAsync()
            {
                if (Volatile.Read(ref _connection._disposed) != 0 && _connection._closeInfo is { IsNormal: true })
                {
                    _current = null;
                    return false;
                }

                ServerEvent? next;
                try
                {
                    next = await _connection.ReadNextAsync(_cancellationToken).ConfigureAwait(false);
                }
                catch (ObjectDisposedException) when (_connection._closeInfo is { IsNormal: true })
                {
                    // Disposing the connection while enumerating ends the enumeration quietly.
                    next = null;
                }

                _current = next;
                return next is not null;
            }

            public ValueTask DisposeAsync()
            {
                if (Interlocked.Exchange(ref _disposed, 1) == 0)
                {
                    _connection.ExitReader();
                }

                return default;
            }
        }

        /// <summary>An enumerator for a reader that arrived while the app's own close was draining the socket.</summary>
        private sealed class ClosingEnumerator : IAsyncEnumerator<ServerEvent>
        {
            private readonly VoiceLiveConnection _connection;
            private readonly CancellationToken _cancellationToken;

            public ClosingEnumerator(VoiceLiveConnection connection, CancellationToken cancellationToken)
            {
                _connection = connection;
                _cancellationToken = cancellationToken;
            }

            public ServerEvent Current => throw new InvalidOperationException("The stream has ended.");

            public async ValueTask<bool> MoveNextAsync()
            {
                await TaskExtensions.WhenCompletedOrCanceled(_connection._streamEnded.Task, _cancellationToken).ConfigureAwait(false);
                return false;
            }

            public ValueTask DisposeAsync() => default;
        }
    }
}
