using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Agents;
using VoiceLive.Protocol.Json;
using VoiceLive.Transport;

namespace VoiceLive.Resilience
{
    /// <summary>
    /// The resumption of one connection: what the app configured (merged <c>session.update</c>s), the conversation it
    /// has seen (its own <see cref="ConversationState"/>), and the data of the connection's resumption states (the drop
    /// being resumed, the sends waiting for it). The states themselves are the connection's
    /// (<see cref="VoiceLiveConnectionState"/>): the members named <c>…Locked</c> are called by its transitions, under
    /// its state lock. Follows the traffic as a <see cref="ConnectionObserver"/>.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Senders waiting on the abandon token may still hold it after the close; a CancellationTokenSource with no timer and no linked parent holds nothing but memory, so it is cancelled and left to the collector.")]
    internal sealed class ConnectionResumption : ConnectionObserver
    {
        // Guards the conversation; the resumption data below is guarded by the connection's state lock instead.
        private readonly object _gate = new object();
        private readonly SessionConfigMerger _config = new SessionConfigMerger();
        private readonly ConversationState _conversation = new ConversationState();
        private CloseInfo? _final;
        private CloseInfo? _drop;
        private bool _interruptionReported;
        private long _audioBytesNotSent;
        private TaskCompletionSource<bool> _backOpen = NewSignal();
        private readonly CancellationTokenSource _abandon = new CancellationTokenSource();

        public ConnectionResumption(VoiceLiveReconnectionOptions options, Func<CancellationToken, Task<ReopenedSocket>> reconnect)
        {
            Options = options;
            Reconnect = reconnect;
        }

        public VoiceLiveReconnectionOptions Options { get; }

        /// <summary>Opens a new connection with a fresh credential and the same model, agent and query.</summary>
        public Func<CancellationToken, Task<ReopenedSocket>> Reconnect { get; }

        /// <summary>The session configuration replayed to a new session (for tests).</summary>
        public SessionConfigMerger Config => _config;

        /// <summary>Cancelled when the connection closes for good while resuming (the app closed or disposed it).</summary>
        public CancellationToken Abandoned => _abandon.Token;

        /// <summary>The exception of the resume that failed, which waiting sends throw; null otherwise.</summary>
        public CloseInfo? FinalLocked => _final;

        /// <summary>The drop being resumed.</summary>
        public CloseInfo? DropLocked => _drop;

        /// <summary>
        /// Protocol: which closes are worth a new session. 1006 (dropped, keep-alive timeout), 1001 (going away, session
        /// expired), 1011 (server error), 1012 (restart), 1013 (try again later). 1000 is the normal end, 1008 and the
        /// 4xxx codes are the service's verdict on this client, 1002/1007/1009 are protocol faults a retry would repeat.
        /// </summary>
        public static bool IsResumable(int status) => status is 1006 or 1001 or 1011 or 1012 or 1013;

        /// <summary>Protocol: a refused upgrade that a new attempt cannot fix (bad credential, no access, no such model or agent).</summary>
        public static bool IsFinalRefusal(int httpStatus) => httpStatus is 400 or 401 or 403 or 404;

        /// <summary>The data of Interrupted: the drop to report and resume.</summary>
        public void OnInterruptedLocked(CloseInfo drop)
        {
            _drop = drop;
            _interruptionReported = false;
        }

        /// <summary>The interruption event, once per drop; null when it was already reported.</summary>
        public ConnectionInterruptedEvent? TakeInterruptedEventLocked(string? activeResponseId)
        {
            if (_interruptionReported || _drop is null)
            {
                return null;
            }

            _interruptionReported = true;
            return new ConnectionInterruptedEvent(_drop.Status, _drop.Description, activeResponseId);
        }

        /// <summary>Back to Open: waiting sends go on. Returns the audio refused during the gap (and resets the count).</summary>
        public long OnResumedLocked()
        {
            _drop = null;
            long notSent = _audioBytesNotSent;
            _audioBytesNotSent = 0;
            TaskCompletionSource<bool> waiters = _backOpen;
            _backOpen = NewSignal();
            waiters.TrySetResult(true);
            return notSent;
        }

        /// <summary>The app started closing: nothing is resumed from here on.</summary>
        public void OnClosingLocked() => _abandon.Cancel();

        /// <summary>Closed: waiting sends fail (with <paramref name="failed"/>'s exception when every attempt failed).</summary>
        public void OnClosedLocked(CloseInfo? failed)
        {
            _final ??= failed;
            _backOpen.TrySetResult(false);
            _abandon.Cancel();
        }

        /// <summary>
        /// A send while the connection is down: the signal to wait on (<see cref="ReconnectionSendBehavior.Wait"/>), or
        /// <see cref="VoiceLiveConnectionInterruptedException"/> (<see cref="ReconnectionSendBehavior.FailFast"/>,
        /// counting <paramref name="audioBytes"/> as not sent). A switch to a renewed session is always waited out.
        /// </summary>
        public Task<bool> WaitForResumeLocked(int audioBytes, bool renewal)
        {
            if (!renewal && Options.SendDuringReconnection == ReconnectionSendBehavior.FailFast)
            {
                _audioBytesNotSent += audioBytes;
                throw new VoiceLiveConnectionInterruptedException(_drop?.Status ?? VoiceLiveConnectionClosedException.AbnormalClosure, _drop?.Description, _drop?.Exception);
            }

            return _backOpen.Task;
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

        private static TaskCompletionSource<bool> NewSignal() => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
