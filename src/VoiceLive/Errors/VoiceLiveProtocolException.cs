using System;

namespace VoiceLive
{
    /// <summary>
    /// The service broke a rule of the wire protocol in a way the session cannot survive, for example a message larger
    /// than <see cref="VoiceLiveClientOptions.MaxMessageSize"/>. The library closes the connection (1009 for an oversized
    /// message) and ends the event stream with this exception; every event received before it was delivered.
    /// </summary>
    public class VoiceLiveProtocolException : VoiceLiveException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What rule was broken.</param>
        /// <param name="innerException">The cause, if any.</param>
        public VoiceLiveProtocolException(string message, Exception? innerException = null)
            : base(message, innerException)
        {
        }
    }
}
