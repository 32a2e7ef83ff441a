namespace VoiceLive
{
    /// <summary>Why <see cref="SipWebhookValidator"/> refused a delivery (<see cref="SipWebhookSignatureException.Failure"/>).</summary>
    public enum SipWebhookSignatureFailure
    {
        /// <summary>A <c>webhook-id</c>, <c>webhook-timestamp</c> or <c>webhook-signature</c> header is missing or empty.</summary>
        MissingHeader,

        /// <summary>The <c>webhook-timestamp</c> header is not Unix seconds.</summary>
        InvalidTimestamp,

        /// <summary>The timestamp is further from now than the tolerance allows (a replay, or a clock far off).</summary>
        TimestampOutsideTolerance,

        /// <summary>No <c>v1</c> signature of the header matches the body under any of the secrets.</summary>
        SignatureMismatch,
    }
}
