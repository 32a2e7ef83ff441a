using System;
using System.Threading;
using VoiceLive.Agents;
using VoiceLive.Diagnostics;

namespace VoiceLive.Resilience
{
    /// <summary>
    /// The data of a connection's renewal (<see cref="VoiceLiveReconnectionOptions.RenewBeforeExpiry"/>): the timer set
    /// from the session's <c>expires_at</c>, whether the user is speaking, and the next session while it is being opened
    /// or waits for the turn boundary. Its members named <c>…Locked</c> are called under the connection's state lock.
    /// </summary>
    internal sealed class SessionRenewal : ConnectionObserver, IDisposable
    {
        private readonly TimeSpan _lead;
        private readonly TimeProvider _timeProvider;
        private readonly object _timerGate = new object();
        private ITimer? _timer;
        private DateTimeOffset? _scheduledFor;
        private DateTimeOffset? _failedFor;
        private bool _disposed;
        private volatile bool _speaking;
        private CancellationTokenSource? _opening;
        private ReopenedSocket? _prepared;

        public SessionRenewal(TimeSpan lead, TimeProvider timeProvider)
        {
            _lead = lead;
            _timeProvider = timeProvider;
        }

        /// <summary>Called when the renewal is due (on a timer thread).</summary>
        public Action? Due { get; set; }

        /// <summary>Whether the user is speaking (between <c>speech_started</c> and <c>speech_stopped</c>).</summary>
        public bool Speaking => _speaking;

        /// <summary>The next session, once opened and until it is taken or abandoned.</summary>
        public ReopenedSocket? PreparedLocked => _prepared;

        /// <summary>
        /// Sets the timer from a <c>session.created</c> or <c>session.updated</c>: due <c>lead</c> before
        /// <c>expires_at</c> (at once when that is already past). An expiry whose renewal failed is not tried again.
        /// </summary>
        public void Schedule(ServerEvent serverEvent, Microsoft.Extensions.Logging.ILogger logger)
        {
            DateTimeOffset? expiresAt = serverEvent switch
            {
                ServerEventSessionCreated created => created.Session?.ExpiresAt,
                ServerEventSessionUpdated updated => updated.Session?.ExpiresAt,
                _ => null,
            };
            if (expiresAt is not DateTimeOffset expiry)
            {
                return;
            }

            lock (_timerGate)
            {
                if (_disposed || expiry == _scheduledFor || expiry == _failedFor)
                {
                    return;
                }

                _scheduledFor = expiry;
                DateTimeOffset renewAt = expiry - _lead;
                TimeSpan due = renewAt - _timeProvider.GetUtcNow();
                _timer?.Dispose();
                Log.RenewalScheduled(logger, expiry, renewAt);
                _timer = _timeProvider.CreateTimer(static state => ((SessionRenewal)state!).Due?.Invoke(), this, due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            }
        }

        /// <summary>Open → Renewing: the token of the attempt to open the next session.</summary>
        public CancellationToken BeginLocked(CancellationToken lifetime)
        {
            _opening = CancellationTokenSource.CreateLinkedTokenSource(lifetime);
            return _opening.Token;
        }

        /// <summary>The next session is open; it waits for the turn boundary.</summary>
        public void OnPreparedLocked(ReopenedSocket next) => _prepared = next;

        /// <summary>Opening the next session failed: the expiry it was for is left to the normal resumption.</summary>
        public void OnFailed()
        {
            lock (_timerGate)
            {
                _failedFor = _scheduledFor;
            }
        }

        /// <summary>Hands the next session over for the switch.</summary>
        public ReopenedSocket? TakePreparedLocked()
        {
            ReopenedSocket? next = _prepared;
            _prepared = null;
            _opening?.Dispose();
            _opening = null;
            return next;
        }

        /// <summary>Stops a renewal in progress (a drop, the app's close): the attempt is cancelled, an opened session closed.</summary>
        public void AbandonLocked()
        {
            _opening?.Cancel();
            _opening?.Dispose();
            _opening = null;
            ReopenedSocket? next = _prepared;
            _prepared = null;
            if (next is not null)
            {
                next.Socket.Abort();
                next.Socket.Dispose();
            }
        }

        public override void OnReceived(VoiceLiveConnection connection, ServerEvent serverEvent)
        {
            switch (serverEvent)
            {
                case ServerEventInputAudioBufferSpeechStarted:
                    _speaking = true;
                    break;
                case ServerEventInputAudioBufferSpeechStopped:
                case ServerEventInputAudioBufferCleared:
                    _speaking = false;
                    break;
                case ServerEventSessionCreated:
                case ServerEventSessionUpdated:
                    Schedule(serverEvent, connection.Logger);
                    break;
            }
        }

        public void Dispose()
        {
            lock (_timerGate)
            {
                _disposed = true;
                _timer?.Dispose();
                _timer = null;
            }
        }
    }
}
