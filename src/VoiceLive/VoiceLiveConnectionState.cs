namespace VoiceLive
{
    /// <summary>
    /// Where a connection stands. Every change goes through <c>VoiceLiveConnection.TryChangeState</c> under one lock;
    /// readers of the state (the receive loop, every send) read it without the lock. The values are ordered so that
    /// the hot paths test a range: up to <see cref="Resuming"/> a send may go ahead, and <see cref="Renewing"/> to
    /// <see cref="Resuming"/> is the span in which the reader has resumption work to do.
    /// </summary>
    /// <remarks>
    /// Connecting → Open (the first event arrived) → Closing (the app's close handshake) → Closed → Disposed. With
    /// resumption on: Open → Interrupted (a resumable drop) → Resuming → Open, or → Closed when it fails or the app
    /// closes; and with renewal: Open → Renewing (the next session is being opened) → Switching (the old socket is
    /// being closed at a turn boundary) → Open on the new session, or → Open again when the renewal failed, or →
    /// Interrupted when the old session ended first.
    /// </remarks>
    internal enum VoiceLiveConnectionState
    {
        /// <summary>The socket is open; the service's first event has not been read yet.</summary>
        Connecting = 0,

        /// <summary>The session is open.</summary>
        Open = 1,

        /// <summary>Open, while the next session is opened ahead of this one's expiry.</summary>
        Renewing = 2,

        /// <summary>At a turn boundary the old socket is being closed; the reader then switches to the new session.</summary>
        Switching = 3,

        /// <summary>A resumable drop was seen; the reader reports it, then resumes.</summary>
        Interrupted = 4,

        /// <summary>The reader is reconnecting and restoring the session.</summary>
        Resuming = 5,

        /// <summary>The app started the close handshake: sends fail; the reader runs until the service's close frame.</summary>
        Closing = 6,

        /// <summary>The close is recorded (the connection's close info); the stream has ended.</summary>
        Closed = 7,

        /// <summary>The socket and buffers are released, or the socket was handed to a resumed connection.</summary>
        Disposed = 8,
    }
}
