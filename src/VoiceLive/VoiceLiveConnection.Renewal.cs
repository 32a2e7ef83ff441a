using System;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Diagnostics;
using VoiceLive.Resilience;
using VoiceLive.Transport;

namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection
    {
        // Null unless the app set VoiceLiveReconnectionOptions.RenewBeforeExpiry.
        private SessionRenewal? _renewal;

        /// <summary>Renews the session ahead of its expiry; called by <see cref="EnableResumption"/>.</summary>
        private void EnableRenewal(TimeSpan lead, TimeProvider timeProvider)
        {
            var renewal = new SessionRenewal(lead, timeProvider);
            renewal.Due = BeginRenewal;
            _renewal = renewal;
            AddObserver(renewal);
            if (Volatile.Read(ref _firstEvent) is ServerEvent first)
            {
                // The session.created read while connecting, before the observers were attached.
                renewal.Schedule(first, _logger);
            }
        }

        /// <summary>The renewal is due: Open → Renewing, and the next session is opened in the background.</summary>
        private void BeginRenewal()
        {
            SessionRenewal renewal = _renewal!;
            CancellationToken token;
            lock (_stateGate)
            {
                if (_state != VoiceLiveConnectionState.Open)
                {
                    return; // Resuming, closing or closed: the resumption deals with the expiry, if at all.
                }

                token = renewal.BeginLocked(_lifetime.Token);
                ChangeStateLocked(VoiceLiveConnectionState.Renewing);
            }

            Log.Renewing(_logger);
            ObserveLateFailure(OpenNextSessionAsync(renewal, token));
        }

        private async Task OpenNextSessionAsync(SessionRenewal renewal, CancellationToken cancellationToken)
        {
            ReopenedSocket next;
            try
            {
                next = await _resumption!.Reconnect(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // Any failure of the attempt (refused, network, credential, a session that closed at once) ends only the
                // renewal: it is logged, and nothing is thrown into the timer thread that started it.
                if (!cancellationToken.IsCancellationRequested)
                {
                    // Nothing changes for the app: the old session runs on, and its expiry is resumed as a drop.
                    Log.RenewalFailed(_logger, ex);
                    renewal.OnFailed();
                }

                lock (_stateGate)
                {
                    if (_state == VoiceLiveConnectionState.Renewing)
                    {
                        renewal.AbandonLocked();
                        ChangeStateLocked(VoiceLiveConnectionState.Open);
                    }
                }

                return;
            }

            lock (_stateGate)
            {
                if (_state != VoiceLiveConnectionState.Renewing || cancellationToken.IsCancellationRequested)
                {
                    // The old session dropped or the app closed meanwhile: the new one is not needed.
                    next.Socket.Abort();
                    next.Socket.Dispose();
                    return;
                }

                renewal.OnPreparedLocked(next);
            }

            Log.RenewalSwitching(_logger);
            await SwitchAtTurnBoundaryAsync().ConfigureAwait(false);
        }

        /// <summary>
        /// Renewing → Switching when the next session is ready and the conversation is at a turn boundary (no response
        /// active, the user not speaking): the old socket is closed with 1000; the reader reads the old session's last
        /// events, then its close, then switches. Called by the reader after each event and when the next session opens.
        /// </summary>
        private async Task SwitchAtTurnBoundaryAsync()
        {
            SessionRenewal renewal = _renewal!;
            lock (_stateGate)
            {
                if (_state != VoiceLiveConnectionState.Renewing || renewal.PreparedLocked is null || renewal.Speaking || _responseLifecycle.IsActive)
                {
                    return;
                }

                ChangeStateLocked(VoiceLiveConnectionState.Switching);
            }

            WebSocket old = _socket;
            try
            {
                Task close = SendCloseFrameAsync(WebSocketCloseStatus.NormalClosure, "session renewed");
                ObserveLateFailure(close);
                await close.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException || ex is OperationCanceledException || ex is ObjectDisposedException)
            {
                // The old socket is gone already: the reader sees it fail, and switches just the same.
                Log.ConnectionLost(_logger, "Could not close the renewed session's old socket: " + ex.Message, ex);
                old.Abort();
                return;
            }

            // A service that never answers the close must not hold the switch: the old socket is aborted after the close timeout.
            ObserveLateFailure(AbortAfterAsync(old, _closeTimeout));
        }

        private async Task AbortAfterAsync(WebSocket old, TimeSpan timeout)
        {
            try
            {
                await Task.Delay(timeout, _lifetime.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Disposed: the socket is torn down with the connection.
            }

            if (old.State != WebSocketState.Closed)
            {
                old.Abort();
            }
        }

        /// <summary>
        /// The reader has seen the old socket end: puts the next session in its place, restores it, and yields the
        /// resumption (Switching → Open). When the next session fails meanwhile, it becomes an ordinary drop.
        /// </summary>
        private async Task<ServerEvent?> CompleteSwitchAsync(ConnectionResumption resumption)
        {
            ReopenedSocket? next;
            lock (_stateGate)
            {
                // The reader switches once it has read the old socket to its end (the answer to our close, or a failure),
                // so none of the old session's events is lost.
                bool oldEnded = _socket.State is WebSocketState.Closed or WebSocketState.Aborted;
                next = _state == VoiceLiveConnectionState.Switching && oldEnded ? _renewal!.TakePreparedLocked() : null;
            }

            if (next is null)
            {
                return null;
            }

            int restored;
            try
            {
                restored = await AdoptAsync(next, resumption, _lifetime.Token).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                Log.ReconnectFailed(_logger, 1, ex);
                lock (_stateGate)
                {
                    if (_state == VoiceLiveConnectionState.Switching)
                    {
                        InterruptLocked(CloseInfo.Create(VoiceLiveConnectionClosedException.AbnormalClosure, "the renewed session failed while it was restored", ex));
                    }
                }

                return null;
            }

            CompleteResume(resumption);
            _renewal!.Schedule(next.FirstEvent, _logger);
            string? sessionId = (next.FirstEvent as ServerEventSessionCreated)?.Session?.Id;
            var resumed = new ConnectionResumedEvent(1, restored, sessionId, ConnectionResumeReason.Renewed, 0, next.ClientRequestId);
            Log.Renewed(_logger, sessionId, restored, next.ClientRequestId);
            NotifyReceived(resumed);
            return resumed;
        }

        /// <summary>A drop or the app's close ends a renewal in progress (the caller holds the state lock).</summary>
        private void AbandonRenewalLocked() => _renewal?.AbandonLocked();
    }
}
