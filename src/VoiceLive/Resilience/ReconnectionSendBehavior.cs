namespace VoiceLive
{
    /// <summary>What a send does while a dropped connection is being resumed (<see cref="VoiceLiveReconnectionOptions.SendDuringReconnection"/>).</summary>
    public enum ReconnectionSendBehavior
    {
        /// <summary>
        /// The send waits until the new session is restored, then goes to it (after the restored configuration and
        /// conversation); if resuming fails it throws the exception that ended the connection. The caller's
        /// cancellation token bounds the wait.
        /// </summary>
        Wait = 0,

        /// <summary>
        /// The send throws <see cref="VoiceLiveConnectionInterruptedException"/> at once and nothing is sent; audio refused
        /// this way is counted in <see cref="ConnectionResumedEvent.AudioBytesNotSent"/>.
        /// </summary>
        FailFast = 1,
    }
}
