using System;

namespace VoiceLive
{
    /// <summary>
    /// Connecting failed: the WebSocket upgrade was refused (see <see cref="Status"/>, for example 401, 403, 404, 429 or 5xx),
    /// the network failed, the credential could not supply a token, or the service did not start the session in time.
    /// </summary>
    public class VoiceLiveConnectionException : VoiceLiveException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What went wrong (never contains a secret).</param>
        /// <param name="status">The HTTP status of a refused upgrade, or 0 when there was no HTTP answer.</param>
        /// <param name="clientRequestId">The <c>x-ms-client-request-id</c> sent with the attempt.</param>
        /// <param name="innerException">The cause.</param>
        public VoiceLiveConnectionException(string message, int status = 0, string? clientRequestId = null, Exception? innerException = null)
            : base(message, innerException)
        {
            Status = status;
            ClientRequestId = clientRequestId;
        }

        /// <summary>The HTTP status with which the service refused the WebSocket upgrade, or 0 when there was none.</summary>
        public int Status { get; }

        /// <summary>The <c>x-ms-client-request-id</c> of the failed attempt, to quote in a support request.</summary>
        public string? ClientRequestId { get; }

        /// <summary>
        /// The error code in the body of a refused upgrade (for example <c>{"error":{"code":"…"}}</c>), or null when the
        /// service sent none. (The netstandard2.0 build cannot read the body: null there.)
        /// </summary>
        public string? ErrorCode { get; internal set; }

        /// <summary>
        /// The service's own message in the body of a refused upgrade, at most 512 characters, with any credential the
        /// client sent removed; null when there was none (or on netstandard2.0).
        /// </summary>
        public string? ErrorMessage { get; internal set; }

        /// <summary>How long the service asked the client to wait before trying again (<c>Retry-After</c> of a refused upgrade), or null.</summary>
        public TimeSpan? RetryAfter { get; internal set; }

        /// <summary>True when the attempt failed in the network (no HTTP answer), which is worth retrying.</summary>
        internal bool IsNetworkFailure { get; set; }
    }
}
