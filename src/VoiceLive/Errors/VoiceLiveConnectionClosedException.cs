using System;
using System.Net.WebSockets;

namespace VoiceLive
{
    /// <summary>
    /// The connection ended other than by a normal close (1000): the service closed it with another status (for example
    /// 1001 with <c>session_expired</c>, 1011, or a 4xxx code), or the network dropped it without a close frame (1006).
    /// Ends the event stream; every later send fails with the same exception.
    /// </summary>
    public class VoiceLiveConnectionClosedException : VoiceLiveException
    {
        /// <summary>The status used when the connection dropped without a close frame (RFC 6455 §7.1.5).</summary>
        public const int AbnormalClosure = 1006;

        /// <summary>Creates the exception.</summary>
        /// <param name="closeStatus">The WebSocket close status code.</param>
        /// <param name="closeStatusDescription">The reason the peer gave, if any.</param>
        /// <param name="innerException">The transport error, when the connection dropped.</param>
        public VoiceLiveConnectionClosedException(int closeStatus, string? closeStatusDescription, Exception? innerException = null)
            : base(FormatMessage(closeStatus, closeStatusDescription), innerException)
        {
            CloseStatus = closeStatus;
            CloseStatusDescription = closeStatusDescription;
        }

        /// <summary>Creates the exception with a message of the library's own (the app closed the connection, or a fresh copy for one caller).</summary>
        internal VoiceLiveConnectionClosedException(string message, int closeStatus, string? closeStatusDescription, Exception? innerException)
            : base(message, innerException)
        {
            CloseStatus = closeStatus;
            CloseStatusDescription = closeStatusDescription;
        }

        /// <summary>The close status code (for example 1001, 1011, 4000; 1006 when no close frame arrived).</summary>
        public int CloseStatus { get; }

        /// <summary>The close reason the peer sent (for example <c>session_expired</c>), or null.</summary>
        public string? CloseStatusDescription { get; }

        /// <summary>The close status as a <see cref="WebSocketCloseStatus"/> (values outside the enum are kept numerically).</summary>
        public WebSocketCloseStatus WebSocketCloseStatus => (WebSocketCloseStatus)CloseStatus;

        private static string FormatMessage(int status, string? description)
        {
            string what = status == AbnormalClosure
                ? "The connection to Voice Live was lost without a close frame (1006)"
                : $"Voice Live closed the connection with status {status}";
            return string.IsNullOrEmpty(description) ? what + "." : what + ": " + description;
        }
    }
}
