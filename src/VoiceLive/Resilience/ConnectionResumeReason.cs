namespace VoiceLive
{
    /// <summary>Why a connection was resumed (<see cref="ConnectionResumedEvent.Reason"/>).</summary>
    public enum ConnectionResumeReason
    {
        /// <summary>The connection dropped or the service closed it with a status that is not final (1006, 1001, 1011, 1012, 1013, keep-alive timeout).</summary>
        Dropped = 0,

        /// <summary>The service ended the session at its maximum duration (close 1001 <c>session_expired</c>).</summary>
        SessionExpired = 1,

        /// <summary>
        /// The session was renewed ahead of its expiry (<see cref="VoiceLiveReconnectionOptions.RenewBeforeExpiry"/>): the
        /// next session was opened and restored, and the connection switched to it at a turn boundary. No
        /// <see cref="ConnectionInterruptedEvent"/> comes before it.
        /// </summary>
        Renewed = 2,
    }
}
