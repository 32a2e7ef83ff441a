using System;

namespace VoiceLive
{
    /// <summary>
    /// A send was refused because the connection dropped and is being resumed
    /// (<see cref="ReconnectionSendBehavior.FailFast"/>). Nothing of it was sent; the connection stays usable: send again
    /// after <see cref="ConnectionResumedEvent"/>.
    /// </summary>
    public class VoiceLiveConnectionInterruptedException : VoiceLiveException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="closeStatus">The close status of the drop being recovered from (1006 when no close frame arrived).</param>
        /// <param name="closeStatusDescription">The reason the service gave, if any.</param>
        /// <param name="innerException">The exception of the drop, if any.</param>
        public VoiceLiveConnectionInterruptedException(int closeStatus, string? closeStatusDescription, Exception? innerException = null)
            : base(FormatMessage(closeStatus, closeStatusDescription), innerException)
        {
            CloseStatus = closeStatus;
            CloseStatusDescription = closeStatusDescription;
        }

        /// <summary>The close status of the drop being recovered from.</summary>
        public int CloseStatus { get; }

        /// <summary>The close reason of the drop, or null.</summary>
        public string? CloseStatusDescription { get; }

        private static string FormatMessage(int status, string? description)
        {
            string why = string.IsNullOrEmpty(description) ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{status}: {description}";
            return $"The connection is being resumed after it closed ({why}); nothing was sent. Send again after the ConnectionResumedEvent.";
        }
    }
}
