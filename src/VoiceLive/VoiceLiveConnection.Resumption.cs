using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Diagnostics;
using VoiceLive.Protocol.Json;
using VoiceLive.Resilience;
using VoiceLive.Transport;

namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection
    {
        // Null unless the app enabled VoiceLiveClientOptions.Reconnection: then a drop is resumed inside the reader.
        private ConnectionResumption? _resumption;

        /// <summary>The resumption of this connection, or null when it is off (for tests).</summary>
        internal ConnectionResumption? Resumption => _resumption;

        /// <summary>Makes drops resumable; called once, right after connecting, before the app reads.</summary>
        internal void EnableResumption(ConnectionResumption resumption)
        {
            _resumption = resumption;
            AddObserver(resumption);
            if (resumption.Options.RenewBeforeExpiry is TimeSpan lead)
            {
                EnableRenewal(lead, resumption.Options.TimeProvider);
            }
        }

        /// <summary>
        /// Hands this just-opened connection's socket and first event to a resuming connection; this object is then
        /// spent (its buffers released, the socket not closed).
        /// </summary>
        internal ReopenedSocket DetachForResumption()
        {
            ServerEvent first = Interlocked.Exchange(ref _firstEvent, null) ?? throw new InvalidOperationException("The new connection has no session.created.");
            if (!TryChangeState(VoiceLiveConnectionState.Open, VoiceLiveConnectionState.Disposed))
            {
                throw new InvalidOperationException("The new connection closed before it could be handed over.");
            }

            _receiveBuffer.Dispose();
            Interlocked.Exchange(ref _spareSendBuffer, null)?.Dispose();
            return new ReopenedSocket(_socket, first, ClientRequestId);
        }

        /// <summary>
        /// Called by <see cref="SetClosed"/>: true when resumption takes this close over (the connection stays
        /// usable and the reader resumes it), false when the close is final. Open → Interrupted is decided here.
        /// </summary>
        private bool InterceptCloseForResumption(CloseInfo info)
        {
            lock (_stateGate)
            {
                switch (_state)
                {
                    case VoiceLiveConnectionState.Open when ConnectionResumption.IsResumable(info.Status):
                    case VoiceLiveConnectionState.Renewing when ConnectionResumption.IsResumable(info.Status):
                        if (Volatile.Read(ref _closing) is not null)
                        {
                            return false; // The app's close has started: whatever the status, this is the end.
                        }

                        InterruptLocked(info);
                        return true;
                    case VoiceLiveConnectionState.Switching:
                        // The old socket ending (its answer to our close, or a failure): the reader switches to the new one.
                        return true;
                    case VoiceLiveConnectionState.Interrupted:
                    case VoiceLiveConnectionState.Resuming:
                        // The dead socket failing again (a send, the reader), or a new socket failing while it is being
                        // restored: the resume in progress deals with it.
                        return ConnectionResumption.IsResumable(info.Status) || info.Status == 1002 || info.Status == 1009;
                    default:
                        return false;
                }
            }
        }

        /// <summary>Open (or Renewing, or Switching) → Interrupted: the reader reports <paramref name="drop"/>, then resumes.</summary>
        private void InterruptLocked(CloseInfo drop)
        {
            AbandonRenewalLocked();
            _resumption!.OnInterruptedLocked(drop);
            ChangeStateLocked(VoiceLiveConnectionState.Interrupted);
        }

        /// <summary>
        /// The app closes while the connection is down: there is no socket to shake hands on, so the close is recorded
        /// as the app asked (a normal close ends the stream quietly) and the resume in progress is abandoned.
        /// </summary>
        private bool CloseWhileResuming(WebSocketCloseStatus closeStatus, string? statusDescription)
        {
            if (_state is not (VoiceLiveConnectionState.Interrupted or VoiceLiveConnectionState.Resuming or VoiceLiveConnectionState.Switching))
            {
                return false;
            }

            return CloseFinal(CloseInfo.Create((int)closeStatus, statusDescription ?? "closed while resuming"));
        }

        /// <summary>
        /// The reader's part of a resumption, run in the states from Renewing to Resuming: first yields the
        /// interruption, then (on the next read) reconnects, restores and yields the resumption (Interrupted →
        /// Resuming → Open). Renewal switches over at a turn boundary. Null when there is no event to yield (the
        /// connection closed for good, or a renewal has nothing to do yet).
        /// </summary>
        private async ValueTask<ServerEvent?> ResumeStepAsync(ConnectionResumption resumption)
        {
            switch (_state)
            {
                case VoiceLiveConnectionState.Renewing:
                    await SwitchAtTurnBoundaryAsync().ConfigureAwait(false);
                    return null;
                case VoiceLiveConnectionState.Switching:
                    return await CompleteSwitchAsync(resumption).ConfigureAwait(false);
            }

            string? activeResponse = _responseLifecycle.ActiveResponseId;
            CloseInfo drop;
            ConnectionInterruptedEvent? interrupted;
            lock (_stateGate)
            {
                if (_state != VoiceLiveConnectionState.Interrupted)
                {
                    return null;
                }

                interrupted = resumption.TakeInterruptedEventLocked(activeResponse);
                drop = resumption.DropLocked!;
                if (interrupted is null)
                {
                    ChangeStateLocked(VoiceLiveConnectionState.Resuming);
                }
            }

            if (interrupted is not null)
            {
                Log.ConnectionInterrupted(_logger, interrupted.CloseStatus, string.IsNullOrEmpty(interrupted.CloseStatusDescription) ? "no reason given" : interrupted.CloseStatusDescription!);
                NotifyReceived(interrupted);
                return interrupted;
            }

            return await ResumeAsync(resumption, drop).ConfigureAwait(false);
        }

        private async Task<ServerEvent?> ResumeAsync(ConnectionResumption resumption, CloseInfo drop)
        {
            VoiceLiveReconnectionOptions options = resumption.Options;
            var failures = new List<Exception>();
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token, resumption.Abandoned);

            // The dropped socket is dead: make sure nothing (a send under TCP backpressure) still waits on it.
            _socket.Abort();
            int attempt = 0;
            bool refused = false;
            while (attempt < options.MaxAttempts && !refused && !cancel.IsCancellationRequested)
            {
                attempt++;
                try
                {
                    TimeSpan delay = ReconnectionBackoff.DelayBefore(options, attempt);

                    // The timer is started before the log line, so whoever reads the line knows the wait has begun.
                    Task wait = delay > TimeSpan.Zero ? DelayAsync(delay, options.TimeProvider, cancel.Token) : Task.CompletedTask;
                    Log.Reconnecting(_logger, attempt, options.MaxAttempts, delay);
                    await wait.ConfigureAwait(false);

                    ReopenedSocket reopened = await resumption.Reconnect(cancel.Token).ConfigureAwait(false);
                    int restored = await AdoptAsync(reopened, resumption, cancel.Token).ConfigureAwait(false);
                    long notSent = CompleteResume(resumption);
                    _renewal?.Schedule(reopened.FirstEvent, _logger);
                    string? sessionId = (reopened.FirstEvent as ServerEventSessionCreated)?.Session?.Id;
                    ConnectionResumeReason reason = drop.Status == 1001 && drop.Description == "session_expired"
                        ? ConnectionResumeReason.SessionExpired
                        : ConnectionResumeReason.Dropped;
                    var resumed = new ConnectionResumedEvent(attempt, restored, sessionId, reason, notSent, reopened.ClientRequestId);
                    Log.Resumed(_logger, sessionId, attempt, restored, reopened.ClientRequestId);
                    NotifyReceived(resumed);
                    return resumed;
                }
                catch (OperationCanceledException) when (cancel.IsCancellationRequested)
                {
                    break; // The app closed or disposed the connection while it was being resumed.
                }
                catch (Exception ex)
                {
                    failures.Add(ex);
                    refused = ex is VoiceLiveConnectionException { Status: int status } && ConnectionResumption.IsFinalRefusal(status);
                    Log.ReconnectFailed(_logger, attempt, ex);
                }
            }

            Log.ResumeGaveUp(_logger, attempt);
            var history = new AggregateException($"The session could not be resumed: {failures.Count} of {attempt} attempt(s) failed{(refused ? ", the last refused for good" : string.Empty)}.", failures);
            var error = new VoiceLiveConnectionClosedException(drop.Status, drop.Description, history);
            error.Data["VoiceLive.ReconnectionAttempts"] = attempt;
            var final = new CloseInfo(drop.Status, drop.Description, error);
            CloseFinal(final, resumptionFailed: true);
            return null;
        }

        /// <summary>Puts the new socket in place of the dead one and restores the session on it; returns the items restored.</summary>
        private async Task<int> AdoptAsync(ReopenedSocket reopened, ConnectionResumption resumption, CancellationToken cancellationToken)
        {
            (byte[]? sessionUpdate, IReadOnlyList<ClientEventConversationItemCreate> items) = resumption.BuildRestore();
            WebSocket old;

            // The gate is held from the swap to the last restore frame: a send that slipped past the gap's wait reaches
            // the new session after its restore, never before.
            await _sendGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                old = _socket;
                _socket = reopened.Socket;
                _lastMessageWaited = false;
                old.Abort();
                old.Dispose();
                if (sessionUpdate is not null)
                {
                    await WriteRestoreFrameAsync(sessionUpdate, WireNames.SessionUpdate).ConfigureAwait(false);
                }

                PooledBufferWriter buffer = RentSendBuffer();
                try
                {
                    foreach (ClientEventConversationItemCreate create in items)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        buffer.Clear();
                        ClientEventSerializer.Write(create, buffer);
                        await WriteRestoreFrameAsync(buffer.WrittenMemory, create.Type).ConfigureAwait(false);
                    }
                }
                finally
                {
                    ReturnSendBuffer(buffer);
                }
            }
            finally
            {
                _sendGate.Release();
            }

            return items.Count;
        }

        /// <summary>Writes one restore frame to the new socket; the caller holds the send gate.</summary>
        private async Task WriteRestoreFrameAsync(ReadOnlyMemory<byte> frame, string eventType)
        {
            ThrowIfCannotSend();
            try
            {
                await WebSocketShim.SendAsync(_socket, frame, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsTransportException(ex))
            {
                throw OnTransportFailure(ex);
            }

            Log.Sent(_logger, eventType, frame.Length);
            if (_logContent && _logger.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Trace))
            {
                Log.SentContent(_logger, ContentRedactor.Redact(frame.Span, eventType));
            }
        }

        /// <summary>A send while resumption is on: waits out (or refuses) a gap, and resends a frame that met the dropped socket.</summary>
        private async ValueTask SendResumableFrameAsync(ReadOnlyMemory<byte> frame, string eventType, int audioBytes, CancellationToken cancellationToken)
        {
            ConnectionResumption resumption = _resumption!;
            while (true)
            {
                if (!await WaitUntilOpenAsync(resumption, audioBytes, cancellationToken).ConfigureAwait(false))
                {
                    ThrowIfCannotSend();
                    throw new ObjectDisposedException(nameof(VoiceLiveConnection));
                }

                try
                {
                    await WriteFrameAsync(frame, eventType, cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (VoiceLiveConnectionClosedException) when (_state is VoiceLiveConnectionState.Interrupted or VoiceLiveConnectionState.Resuming or VoiceLiveConnectionState.Switching)
                {
                    // The frame met the dropped socket: it goes to the new session instead (or is refused, per the options).
                }
            }
        }

        /// <summary>Resuming (or Switching) → Open: waiting sends go on. Returns the audio refused during the gap.</summary>
        private long CompleteResume(ConnectionResumption resumption)
        {
            lock (_stateGate)
            {
                if (_state is not (VoiceLiveConnectionState.Resuming or VoiceLiveConnectionState.Switching))
                {
                    return 0;
                }

                long notSent = resumption.OnResumedLocked();
                ChangeStateLocked(VoiceLiveConnectionState.Open);
                return notSent;
            }
        }

        /// <summary>
        /// Lets a send through when the connection is open. While it is down, waits for the resume or refuses the send
        /// (per <see cref="VoiceLiveReconnectionOptions.SendDuringReconnection"/>). False when the connection has closed
        /// for good (the caller then fails with its close exception).
        /// </summary>
        private async ValueTask<bool> WaitUntilOpenAsync(ConnectionResumption resumption, int audioBytes, CancellationToken cancellationToken)
        {
            VoiceLiveConnectionState state = _state;
            if (state <= VoiceLiveConnectionState.Renewing)
            {
                return true;
            }

            Task<bool> backOpen;
            lock (_stateGate)
            {
                switch (_state)
                {
                    case VoiceLiveConnectionState.Connecting:
                    case VoiceLiveConnectionState.Open:
                    case VoiceLiveConnectionState.Renewing:
                        return true;
                    case VoiceLiveConnectionState.Switching:
                        backOpen = resumption.WaitForResumeLocked(audioBytes, renewal: true);
                        break;
                    case VoiceLiveConnectionState.Interrupted:
                    case VoiceLiveConnectionState.Resuming:
                        backOpen = resumption.WaitForResumeLocked(audioBytes, renewal: false);
                        break;
                    default:
                        return resumption.FinalLocked is CloseInfo final ? throw final.Exception : false;
                }
            }

            await TaskWaits.WhenCompletedOrCanceled(backOpen, cancellationToken).ConfigureAwait(false);
            return await backOpen.ConfigureAwait(false);
        }

        private static Task DelayAsync(TimeSpan delay, TimeProvider timeProvider, CancellationToken cancellationToken)
        {
#if NET8_0_OR_GREATER
            return Task.Delay(delay, timeProvider, cancellationToken);
#else
            return TimeProviderTaskExtensions.Delay(timeProvider, delay, cancellationToken);
#endif
        }
    }
}
