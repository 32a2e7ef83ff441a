namespace VoiceLive
{
    /// <summary>Who holds a connection's single reader slot; changed under the connection's state lock.</summary>
    internal enum VoiceLiveConnectionReaderSlot
    {
        /// <summary>Nobody is reading.</summary>
        Free = 0,

        /// <summary>The app's enumeration or <c>ReceiveAsync</c> (or the connect path reading the first event).</summary>
        Reader = 1,

        /// <summary>The app's close drains the socket for the service's close frame.</summary>
        CloseDrain = 2,
    }
}
