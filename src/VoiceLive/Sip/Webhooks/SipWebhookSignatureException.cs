using System;

namespace VoiceLive
{
    /// <summary>
    /// A webhook delivery failed verification (<see cref="SipWebhookValidator"/>): answer it with 400 or 401 and do not
    /// act on it. The message names the check that failed, never a secret or a signature.
    /// </summary>
    public class SipWebhookSignatureException : VoiceLiveException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="failure">The check that failed.</param>
        /// <param name="message">What failed.</param>
        /// <param name="innerException">The cause, if any.</param>
        public SipWebhookSignatureException(SipWebhookSignatureFailure failure, string message, Exception? innerException = null)
            : base(message, innerException)
        {
            Failure = failure;
        }

        /// <summary>The check that failed.</summary>
        public SipWebhookSignatureFailure Failure { get; }
    }
}
