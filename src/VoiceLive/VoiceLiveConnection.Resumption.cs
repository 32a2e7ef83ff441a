using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;

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
        }

        /// <summary>
        /// Hands this just-opened connection's socket and first event to a resuming connection; this object is then
        /// spent (its buffers released, the socket not closed).
        /// </summary>
        internal ReopenedSocket DetachForResumption()
        {
            ServerEvent first = Interlocked.Exchange(ref _firstEvent, null) ?? throw new InvalidOperationException("The new connection has no session.created.");
            Interlocked.Exchange(ref _disposed, 1);
            _receiveBuffer.Dispose();
            Interlocked.Exchange(ref _spareSendBuffer, null)?.Dispose();
            return new ReopenedSocket(_socket, first, ClientRequestId);
        }

        /// <summary>
        /// Called by <see cref="SetClosed"/>: true when resumption takes this close over (the connection stays
        /// usable and the reader resumes it), false when the close is final.
        /// </summary>
        private bool InterceptCloseForResumption(CloseInfo info)
        {
            ConnectionResumption resumption = _resumption!;
            if (Volatile.Read(ref _disposed) != 0 || _sendBlocked is not null || Volatile.Read(ref _closing) is not null)
            {
                // The app is closing: whatever the status, this is the end.
                resumption.OnFinalClose();
                return false;
            }

            return resumption.TryInterrupt(info);
        }

        /// <summary>
        /// The app closes while the connection is down: there is no socket to shake hands on, so the close is recorded
        /// as the app asked (a normal close ends the stream quietly) and the resume in progress is abandoned.
        /// </summary>
        private bool CloseWhileResuming(WebSocketCloseStatus closeStatus, string? statusDescription)
        {
            if (_resumption is not { Phase: ResumptionPhase.Interrupted or ResumptionPhase.Resuming })
            {
                return false;
            }

            SetClosed(CloseInfo.Create((int)closeStatus, statusDescription ?? "closed while resuming"));
            return true;
        }

        /// <summary>
        /// The reader's part of a resumption, run when the phase is not Open: first yields the interruption, then (on
        /// the next read) reconnects, restores and yields the resumption. Null when the connection closed for good.
        /// </summary>
        private async ValueTask<ServerEvent?> ResumeStepAsync(ConnectionResumption resumption)
        {
            string? activeResponse = _responseLifecycle.ActiveResponseId;
            if (resumption.TakeInterruptedEvent(activeResponse) is ConnectionInterruptedEvent interrupted)
            {
                Log.ConnectionInterrupted(_logger, interrupted.CloseStatus, string.IsNullOrEmpty(interrupted.CloseStatusDescription) ? "no reason given" : interrupted.CloseStatusDescription!);
                NotifyReceived(interrupted);
                return interrupted;
            }

            if (!resumption.TryBeginResume(out CloseInfo drop))
            {
                return null;
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
                    long notSent = resumption.CompleteResume();
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
            resumption.Fail(final);
            SetClosed(final);
            return null;
        }

        /// <summary>Puts the new socket in place of the dead one and restores the session on it; returns the items restored.</summary>
        private async Task<int> AdoptAsync(ReopenedSocket reopened, ConnectionResumption resumption, CancellationToken cancellationToken)
        {
            WebSocket old;
            await _sendGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                old = _socket;
                _socket = reopened.Socket;
                _lastMessageWaited = false;
            }
            finally
            {
                _sendGate.Release();
            }

            old.Abort();
            old.Dispose();

            (byte[]? sessionUpdate, IReadOnlyList<ClientEventConversationItemCreate> items) = resumption.BuildRestore();
            if (sessionUpdate is not null)
            {
                await WriteFrameAsync(sessionUpdate, WireNames.SessionUpdate, cancellationToken).ConfigureAwait(false);
            }

            PooledBufferWriter buffer = RentSendBuffer();
            try
            {
                foreach (ClientEventConversationItemCreate create in items)
                {
                    buffer.Clear();
                    ClientEventSerializer.Write(create, buffer);
                    await WriteFrameAsync(buffer.WrittenMemory, create.Type, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                ReturnSendBuffer(buffer);
            }

            return items.Count;
        }

        /// <summary>A send while resumption is on: waits out (or refuses) a gap, and resends a frame that met the dropped socket.</summary>
        private async ValueTask SendResumableFrameAsync(ReadOnlyMemory<byte> frame, string eventType, int audioBytes, CancellationToken cancellationToken)
        {
            ConnectionResumption resumption = _resumption!;
            while (true)
            {
                if (!await resumption.WaitUntilOpenAsync(audioBytes, cancellationToken).ConfigureAwait(false))
                {
                    ThrowIfCannotSend();
                    throw new ObjectDisposedException(nameof(VoiceLiveConnection));
                }

                try
                {
                    await WriteFrameAsync(frame, eventType, cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (VoiceLiveConnectionClosedException) when (resumption.Phase is ResumptionPhase.Interrupted or ResumptionPhase.Resuming)
                {
                    // The frame met the dropped socket: it goes to the new session instead (or is refused, per the options).
                }
            }
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
