using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive
{
    /// <summary>
    /// The resumption of one connection: its phase (every transition here, under one lock), what the app configured
    /// (merged <c>session.update</c>s) and the conversation it has seen (its own <see cref="ConversationState"/>), and
    /// the sends waiting for the connection to come back. Follows the traffic as a <see cref="ConnectionObserver"/>.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Senders waiting on the abandon token may still hold it after the close; a CancellationTokenSource with no timer and no linked parent holds nothing but memory, so it is cancelled and left to the collector.")]
    internal sealed class ConnectionResumption : ConnectionObserver
    {
        private readonly object _gate = new object();
        private readonly SessionConfigMerger _config = new SessionConfigMerger();
        private readonly ConversationState _conversation = new ConversationState();
        private volatile ResumptionPhase _phase = ResumptionPhase.Open;
        private CloseInfo? _final;
        private CloseInfo? _drop;
        private bool _interruptionReported;
        private long _audioBytesNotSent;
        private TaskCompletionSource<bool> _backOpen = NewSignal();
        private CancellationTokenSource _abandon = new CancellationTokenSource();

        public ConnectionResumption(VoiceLiveReconnectionOptions options, Func<CancellationToken, Task<ReopenedSocket>> reconnect)
        {
            Options = options;
            Reconnect = reconnect;
        }

        public VoiceLiveReconnectionOptions Options { get; }

        /// <summary>Opens a new connection with a fresh credential and the same model, agent and query.</summary>
        public Func<CancellationToken, Task<ReopenedSocket>> Reconnect { get; }

        /// <summary>The phase; read without the lock on every event, written only under it.</summary>
        public ResumptionPhase Phase => _phase;

        /// <summary>The session configuration replayed to a new session (for tests).</summary>
        public SessionConfigMerger Config => _config;

        /// <summary>Cancelled when the connection closes for good while resuming (the app closed or disposed it).</summary>
        public CancellationToken Abandoned
        {
            get { lock (_gate) { return _abandon.Token; } }
        }

        /// <summary>
        /// Protocol: which closes are worth a new session. 1006 (dropped, keep-alive timeout), 1001 (going away, session
        /// expired), 1011 (server error), 1012 (restart), 1013 (try again later). 1000 is the normal end, 1008 and the
        /// 4xxx codes are the service's verdict on this client, 1002/1007/1009 are protocol faults a retry would repeat.
        /// </summary>
        public static bool IsResumable(int status) => status is 1006 or 1001 or 1011 or 1012 or 1013;

        /// <summary>Protocol: a refused upgrade that a new attempt cannot fix (bad credential, no access, no such model or agent).</summary>
        public static bool IsFinalRefusal(int httpStatus) => httpStatus is 400 or 401 or 403 or 404;

        /// <summary>
        /// The connection saw <paramref name="info"/> end it. True when resumption takes it over (the close is not
        /// recorded on the connection); false when it is final, and the phase is then Closed.
        /// </summary>
        public bool TryInterrupt(CloseInfo info)
        {
            lock (_gate)
            {
                switch (_phase)
                {
                    case ResumptionPhase.Open when IsResumable(info.Status):
                        _phase = ResumptionPhase.Interrupted;
                        _drop = info;
                        _interruptionReported = false;
                        return true;
                    case ResumptionPhase.Interrupted:
                    case ResumptionPhase.Resuming:
                        // The dead socket failing again (a send, the reader), or a new socket failing while it is being
                        // restored: the resume in progress deals with it.
                        return IsResumable(info.Status) || info.Status == 1002 || info.Status == 1009;
                    default:
                        CloseLocked();
                        return false;
                }
            }
        }

        /// <summary>The connection closed for good (final close, the app's close or dispose).</summary>
        public void OnFinalClose()
        {
            lock (_gate)
            {
                CloseLocked();
            }
        }

        /// <summary>The interruption event, once per drop; null when it was already reported or nothing dropped.</summary>
        public ConnectionInterruptedEvent? TakeInterruptedEvent(string? activeResponseId)
        {
            lock (_gate)
            {
                if (_phase != ResumptionPhase.Interrupted || _interruptionReported || _drop is null)
                {
                    return null;
                }

                _interruptionReported = true;
                return new ConnectionInterruptedEvent(_drop.Status, _drop.Description, activeResponseId);
            }
        }

        /// <summary>Interrupted → Resuming; false when the connection closed for good meanwhile.</summary>
        public bool TryBeginResume(out CloseInfo drop)
        {
            lock (_gate)
            {
                drop = _drop!;
                if (_phase != ResumptionPhase.Interrupted || _drop is null)
                {
                    return false;
                }

                _phase = ResumptionPhase.Resuming;
                return true;
            }
        }

        /// <summary>Resuming → Open: waiting sends go on. Returns the audio refused during the gap (and resets the count).</summary>
        public long CompleteResume()
        {
            lock (_gate)
            {
                if (_phase != ResumptionPhase.Resuming)
                {
                    return 0;
                }

                _phase = ResumptionPhase.Open;
                _drop = null;
                long notSent = _audioBytesNotSent;
                _audioBytesNotSent = 0;
                TaskCompletionSource<bool> waiters = _backOpen;
                _backOpen = NewSignal();
                waiters.TrySetResult(true);
                return notSent;
            }
        }

        /// <summary>Every attempt failed: Closed; waiting sends fail with <paramref name="final"/>'s exception.</summary>
        public void Fail(CloseInfo final)
        {
            lock (_gate)
            {
                _final = final;
                CloseLocked();
            }
        }

        /// <summary>
        /// Lets a send through when the connection is open. While it is down, waits for the resume
        /// (<see cref="ReconnectionSendBehavior.Wait"/>) or throws <see cref="VoiceLiveConnectionInterruptedException"/>
        /// (<see cref="ReconnectionSendBehavior.FailFast"/>, counting <paramref name="audioBytes"/> as not sent).
        /// Returns false when the connection has closed for good (the caller then fails with its close exception).
        /// </summary>
        public async ValueTask<bool> WaitUntilOpenAsync(int audioBytes, CancellationToken cancellationToken)
        {
            Task<bool> backOpen;
            lock (_gate)
            {
                switch (_phase)
                {
                    case ResumptionPhase.Open:
                        return true;
                    case ResumptionPhase.Closed when _final is not null:
                        throw _final.Exception;
                    case ResumptionPhase.Closed:
                        return false;
                }

                if (Options.SendDuringReconnection == ReconnectionSendBehavior.FailFast)
                {
                    _audioBytesNotSent += audioBytes;
                    throw new VoiceLiveConnectionInterruptedException(_drop?.Status ?? VoiceLiveConnectionClosedException.AbnormalClosure, _drop?.Description, _drop?.Exception);
                }

                backOpen = _backOpen.Task;
            }

            await TaskExtensions.WhenCompletedOrCanceled(backOpen, cancellationToken).ConfigureAwait(false);
            return await backOpen.ConfigureAwait(false);
        }

        /// <summary>The restore of a new session: its merged configuration, then the conversation items to recreate.</summary>
        public (byte[]? SessionUpdate, IReadOnlyList<ClientEventConversationItemCreate> Items) BuildRestore()
        {
            byte[]? session = _config.BuildReplayEvent();
            var items = new List<ClientEventConversationItemCreate>();
            if (Options.RestoreConversation)
            {
                lock (_gate)
                {
                    foreach (ItemState item in _conversation.ItemsInOrder)
                    {
                        if (ConversationReplay.ToRequestItem(item) is ConversationRequestItem request)
                        {
                            items.Add(new ClientEventConversationItemCreate(request));
                        }
                    }
                }
            }

            return (session, items);
        }

        public override void OnReceived(VoiceLiveConnection connection, ServerEvent serverEvent)
        {
            lock (_gate)
            {
                _conversation.Apply(serverEvent);
            }
        }

        public override void OnSent(VoiceLiveConnection connection, ClientEvent clientEvent)
        {
            if (clientEvent is ClientEventSessionUpdate)
            {
                using var buffer = new PooledBufferWriter();
                ClientEventSerializer.Write(clientEvent, buffer);
                _config.AddUpdateEvent(buffer.WrittenSpan);
            }
        }

        public override void OnRawSent(VoiceLiveConnection connection, string eventType, ReadOnlySpan<byte> json)
        {
            if (eventType == WireNames.SessionUpdate)
            {
                _config.AddUpdateEvent(json);
            }
        }

        public override void OnAudioAppended(VoiceLiveConnection connection, int byteCount)
        {
            lock (_gate)
            {
                _conversation.OnAudioAppended(byteCount);
            }
        }

        private void CloseLocked()
        {
            if (_phase == ResumptionPhase.Closed)
            {
                return;
            }

            _phase = ResumptionPhase.Closed;
            _backOpen.TrySetResult(false);
            _abandon.Cancel();
        }

        private static TaskCompletionSource<bool> NewSignal() => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
