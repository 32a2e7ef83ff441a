using System;
using System.Diagnostics.CodeAnalysis;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Diagnostics;
using VoiceLive.Protocol.Json;
using VoiceLive.Transport;

namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection : IAsyncDisposable
    {
        /// <summary>
        /// Closes the session with the WebSocket close handshake: sends a close frame, then waits up to
        /// <see cref="VoiceLiveClientOptions.CloseTimeout"/> for the service's answer before aborting the socket. Sends
        /// fail from the moment it starts. A concurrent <c>await foreach</c> ends normally when the handshake completes.
        /// Cancelling aborts the socket at once (the connection is then closed, not half-open).
        /// </summary>
        /// <param name="closeStatus">The close status to send (default 1000, normal closure).</param>
        /// <param name="statusDescription">An optional reason.</param>
        /// <param name="cancellationToken">Aborts the handshake.</param>
        /// <returns>A task that completes when the connection is closed.</returns>
        public async Task CloseAsync(WebSocketCloseStatus closeStatus = WebSocketCloseStatus.NormalClosure, string? statusDescription = null, CancellationToken cancellationToken = default)
        {
            ThrowIfDisposed();
            await CloseCoreAsync(closeStatus, statusDescription, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Closes the connection (as <see cref="CloseAsync"/> with a normal status, if it is still open) and releases the
        /// socket and buffers. Safe to call more than once and while an enumeration or a send is in progress.
        /// </summary>
        /// <returns>A task that completes when everything is released.</returns>
        [SuppressMessage("Usage", "VSTHRD103:Call async methods when in an async method", Justification = "Cancel runs the lifetime's callbacks before the socket is disposed on the next line; CancelAsync would let them race the dispose (and netstandard2.0 has none).")]
        public async ValueTask DisposeAsync()
        {
            if (_state == VoiceLiveConnectionState.Disposed)
            {
                return;
            }

            try
            {
                await CloseCoreAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is VoiceLiveException || ex is WebSocketException || ex is OperationCanceledException || ex is ObjectDisposedException)
            {
                // Dispose must not throw; the failure is logged, not hidden.
                Log.DisposeCloseFailed(_logger, ex);
            }

            CloseFinal(CloseInfo.Create(1000, "disposed"));
            if (!TryMarkDisposed())
            {
                return;
            }

            _lifetime.Cancel();
            _socket.Dispose();
            lock (_stateGate)
            {
                ReleaseReceiveBufferIfDisposedLocked();
            }

            Interlocked.Exchange(ref _spareSendBuffer, null)?.Dispose();
        }

        /// <summary>Tears the connection down without a handshake (a failed connect).</summary>
        internal ValueTask AbortAsync()
        {
            _socket.Abort();
            return DisposeAsync();
        }

        // The close handshake in progress (the job, not a state): a second CloseAsync or a concurrent DisposeAsync waits
        // for it instead of seeing the half-closed socket as a dropped connection and tearing the handshake down under
        // the first caller.
        private TaskCompletionSource<bool>? _closing;

        private async Task CloseCoreAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken)
        {
            var mine = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            TaskCompletionSource<bool>? running = Interlocked.CompareExchange(ref _closing, mine, null);
            if (running is not null)
            {
                await TaskWaits.WhenCompletedOrCanceled(running.Task, cancellationToken).ConfigureAwait(false);
                return;
            }

            try
            {
                await CloseHandshakeAsync(closeStatus, statusDescription, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                mine.TrySetResult(true);
            }
        }

        private async Task CloseHandshakeAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken)
        {
            if (CloseWhileResuming(closeStatus, statusDescription))
            {
                return;
            }

            if (_socket.State != WebSocketState.Open && _socket.State != WebSocketState.CloseReceived)
            {
                CloseFinal(CloseInfo.Create(_socket.CloseStatus is { } s ? (int)s : VoiceLiveConnectionClosedException.AbnormalClosure, _socket.CloseStatusDescription));
                return;
            }

            Log.Closing(_logger, (int)closeStatus);
            (CancellationTokenSource linked, CancellationTokenSource timer) = Timeouts.After(_time, _closeTimeout, cancellationToken);
            using CancellationTokenSource timeout = linked;
            using CancellationTokenSource __ = timer;
            try
            {
                // From here on sends fail: the session is ending at the app's request. The stream itself ends when the
                // service answers with its close frame, so events it sent before that still reach the reader.
                TryBeginClosing(CloseInfo.ClosedByApp((int)closeStatus, statusDescription));

                // The close frame waits for the send slot, which a send blocked by TCP backpressure (a peer that stopped
                // reading) can hold forever: the wait is bounded by the close timeout too, so close and dispose never hang.
                Task sendClose = SendCloseFrameAsync(closeStatus, statusDescription);
                if (!sendClose.IsCompleted)
                {
                    ObserveLateFailure(sendClose);
                    await TaskWaits.WhenCompletedOrCanceled(sendClose, timeout.Token).ConfigureAwait(false);
                }

                await sendClose.ConfigureAwait(false);
                await WaitForServerCloseAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                _socket.Abort();
                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                Log.CloseTimedOut(_logger, _closeTimeout);
            }
            catch (Exception ex) when (ex is WebSocketException || ex is System.IO.IOException)
            {
                // The peer vanished during the handshake: the connection is closed either way.
                _socket.Abort();
                Log.ConnectionLost(_logger, ex.Message, ex);
            }
            finally
            {
                // When CloseAsync returns, CloseStatus is settled: an aborted handshake reads as 1006 at once, instead of
                // whatever a reader happens to record later.
                SettleAfterClose();
            }
        }

        private void SettleAfterClose()
        {
            if (_closeInfo is not null)
            {
                return;
            }

            if (_socket.State == WebSocketState.Closed && _socket.CloseStatus is { } status)
            {
                CloseFinal(CloseInfo.Create((int)status, _socket.CloseStatusDescription));
                return;
            }

            CloseFinal(CloseInfo.Create(VoiceLiveConnectionClosedException.AbnormalClosure, "the close handshake did not complete; the socket was aborted"));
        }

        /// <summary>A close frame abandoned after the timeout may still fail later (the socket was aborted): observe it.</summary>
        private static void ObserveLateFailure(Task task)
        {
            _ = task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        /// <summary>
        /// Waits for the service's close frame. With an active reader the reader sees it; otherwise this drains the
        /// socket itself (events that arrive after the app asked to close are logged and dropped).
        /// </summary>
        private async Task WaitForServerCloseAsync(CancellationToken cancellationToken)
        {
            if (_socket.State == WebSocketState.Closed)
            {
                return;
            }

            if (!TryEnterCloseDrain())
            {
                // The active reader observes the close frame and completes _streamEnded; a reader that has stopped
                // calling MoveNextAsync leaves this to the close timeout.
                await TaskWaits.WhenCompletedOrCanceled(_streamEnded.Task, cancellationToken).ConfigureAwait(false);
                return;
            }

            try
            {
                while (_socket.State == WebSocketState.CloseSent || _socket.State == WebSocketState.Open)
                {
                    Task<ServerEvent?> read = _pendingRead ??= ObservedRead(DrainOneAsync());
                    await TaskWaits.WhenCompletedOrCanceled(read, cancellationToken).ConfigureAwait(false);
                    _pendingRead = null;
                    ServerEvent? evt = await read.ConfigureAwait(false);
                    if (evt is null)
                    {
                        return;
                    }

                    Log.DiscardedWhileClosing(_logger, evt.Type);
                }
            }
            finally
            {
                ExitReader();
            }
        }

        private async Task<ServerEvent?> DrainOneAsync()
        {
            WebSocketMessageType type = await ReadMessageAsync().ConfigureAwait(false);
            return type == WebSocketMessageType.Close ? null : ServerEventParser.Parse(_receiveBuffer.WrittenSpan);
        }
    }
}
