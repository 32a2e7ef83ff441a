using System;

namespace VoiceLive
{
    /// <summary>
    /// Opt-in session resumption (<see cref="VoiceLiveClientOptions.Reconnection"/>). When <see cref="Enabled"/>, a
    /// connection that drops (1006, a keep-alive timeout) or that the service closes with a status that is not final
    /// (1001 going away or <c>session_expired</c>, 1011, 1012, 1013) is reopened with a fresh credential, the same model
    /// or agent and query, the session configuration the app sent, and the conversation the connection has seen. The
    /// event stream reports it with <see cref="ConnectionInterruptedEvent"/> and <see cref="ConnectionResumedEvent"/>.
    /// Off by default: without it a drop ends the stream with <see cref="VoiceLiveConnectionClosedException"/>.
    /// </summary>
    public sealed class VoiceLiveReconnectionOptions
    {
        private int _maxAttempts = 5;
        private TimeSpan _initialDelay = TimeSpan.FromMilliseconds(500);
        private TimeSpan _maxDelay = TimeSpan.FromSeconds(10);
        private TimeProvider _timeProvider = TimeProvider.System;
        private TimeSpan? _renewBeforeExpiry;

        /// <summary>Whether dropped connections are resumed (default false: a drop ends the event stream, as without this option).</summary>
        public bool Enabled { get; set; }

        /// <summary>How many reconnection attempts are made for one drop before the stream ends with the close exception (default 5).</summary>
        public int MaxAttempts
        {
            get => _maxAttempts;
            set => _maxAttempts = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), "At least one attempt is needed.");
        }

        /// <summary>
        /// The wait before the first attempt (default 500 ms). Attempt <c>n</c> waits a random time between half and all
        /// of <c>min(MaxDelay, InitialDelay × 2^(n−1))</c> (exponential backoff with jitter, so many clients dropped at
        /// once do not reconnect in step).
        /// </summary>
        public TimeSpan InitialDelay
        {
            get => _initialDelay;
            set => _initialDelay = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value));
        }

        /// <summary>The longest wait between two attempts (default 10 s); see <see cref="InitialDelay"/>.</summary>
        public TimeSpan MaxDelay
        {
            get => _maxDelay;
            set => _maxDelay = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value));
        }

        /// <summary>
        /// Whether the new session is given the conversation the connection has seen (default true): messages as text
        /// (assistant audio as its transcript), function calls and their outputs, each sent as
        /// <c>conversation.item.create</c>. False replays only the session configuration.
        /// </summary>
        public bool RestoreConversation { get; set; } = true;

        /// <summary>
        /// When set, how long before the session's maximum duration is up (<c>session.expires_at</c>) the library opens
        /// the next session (default null: no renewal, an expiry is resumed like a drop). The next session gets a fresh
        /// credential, the same model or agent and query, and the restore a drop gets; the connection switches to it at
        /// a turn boundary (no response active, the user not speaking), closing the old one with 1000. The app sees no
        /// interruption: only a <see cref="ConnectionResumedEvent"/> with <see cref="ConnectionResumeReason.Renewed"/>,
        /// with the old session's events before it and the new session's after it. Sends made during the switch wait
        /// for it. When the turn does not end before the expiry, or the next session cannot be opened, the expiry is
        /// resumed as a drop. Needs <see cref="Enabled"/>; timed on <see cref="TimeProvider"/>.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The lead time is zero or negative.</exception>
        public TimeSpan? RenewBeforeExpiry
        {
            get => _renewBeforeExpiry;
            set => _renewBeforeExpiry = value is null || value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), "The lead time must be positive.");
        }

        /// <summary>What a send made while the connection is being resumed does (default: waits for the resume).</summary>
        public ReconnectionSendBehavior SendDuringReconnection { get; set; } = ReconnectionSendBehavior.Wait;

        /// <summary>The clock of the backoff delays and of the renewal (default <see cref="TimeProvider.System"/>; tests pass a fake one).</summary>
        public TimeProvider TimeProvider
        {
            get => _timeProvider;
            set => _timeProvider = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary>Test seam: the random source of the jitter, a value in [0, 1).</summary>
        internal Func<double>? Jitter { get; set; }
    }
}
