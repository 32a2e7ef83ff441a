using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using VoiceLive.Sip;

namespace VoiceLive
{
    /// <summary>
    /// Verifies and reads SIP webhook deliveries. The SIP spec does not define the signature, and the registration's
    /// <c>whsec_</c> secrets are those of the Standard Webhooks scheme, which this follows: the headers
    /// <c>webhook-id</c>, <c>webhook-timestamp</c> (Unix seconds) and <c>webhook-signature</c> (space-separated
    /// <c>v1,&lt;base64&gt;</c> entries), each signature an HMAC-SHA256 over <c>id.timestamp.body</c> keyed with the
    /// secret (the base64 text after <c>whsec_</c> decoded; a secret that is not base64 is used as its UTF-8 bytes).
    /// A timestamp further than <see cref="Tolerance"/> from now is refused, so a captured delivery cannot be replayed.
    /// Give it every secret that is valid at the moment (after a rotation, the new and the previous one).
    /// </summary>
    public sealed class SipWebhookValidator
    {
        /// <summary>The header carrying the delivery's event id.</summary>
        public const string IdHeader = "webhook-id";

        /// <summary>The header carrying the signing time, in Unix seconds.</summary>
        public const string TimestampHeader = "webhook-timestamp";

        /// <summary>The header carrying the signatures.</summary>
        public const string SignatureHeader = "webhook-signature";

        /// <summary>The default <see cref="Tolerance"/>: five minutes either way.</summary>
        public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

        private const string SecretPrefix = "whsec_";
        private readonly byte[][] _keys;
        private readonly TimeProvider _time;

        /// <summary>Creates a validator for one signing secret.</summary>
        /// <param name="signingSecret">The secret, as create or rotate returned it (<see cref="SipWebhookEndpoint.SigningSecret"/>).</param>
        /// <param name="tolerance">How far the timestamp may be from now; null for <see cref="DefaultTolerance"/>.</param>
        /// <param name="timeProvider">The clock; null for the system clock.</param>
        public SipWebhookValidator(string signingSecret, TimeSpan? tolerance = null, TimeProvider? timeProvider = null)
            : this(new[] { signingSecret ?? throw new ArgumentNullException(nameof(signingSecret)) }, tolerance, timeProvider)
        {
        }

        /// <summary>Creates a validator that accepts a signature by any of <paramref name="signingSecrets"/> (for the grace period of a rotation).</summary>
        /// <param name="signingSecrets">The secrets currently valid.</param>
        /// <param name="tolerance">How far the timestamp may be from now; null for <see cref="DefaultTolerance"/>.</param>
        /// <param name="timeProvider">The clock; null for the system clock.</param>
        public SipWebhookValidator(IEnumerable<string> signingSecrets, TimeSpan? tolerance = null, TimeProvider? timeProvider = null)
        {
            if (signingSecrets is null)
            {
                throw new ArgumentNullException(nameof(signingSecrets));
            }

            var keys = new List<byte[]>();
            foreach (string secret in signingSecrets)
            {
                keys.Add(DecodeSecret(secret));
            }

            if (keys.Count == 0)
            {
                throw new ArgumentException("At least one signing secret is required.", nameof(signingSecrets));
            }

            TimeSpan value = tolerance ?? DefaultTolerance;
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(tolerance), "The tolerance must be positive.");
            }

            _keys = keys.ToArray();
            Tolerance = value;
            _time = timeProvider ?? TimeProvider.System;
        }

        /// <summary>How far the <c>webhook-timestamp</c> may be from now, either way.</summary>
        public TimeSpan Tolerance { get; }

        /// <summary>
        /// Computes the <c>webhook-signature</c> value (<c>v1,&lt;base64&gt;</c>) of a delivery: for tests of a webhook
        /// handler, and for the emulator, which signs the way the service does.
        /// </summary>
        /// <param name="signingSecret">The secret.</param>
        /// <param name="webhookId">The <c>webhook-id</c>.</param>
        /// <param name="timestamp">The signing time (sent as Unix seconds).</param>
        /// <param name="body">The exact body bytes.</param>
        /// <returns>The header value.</returns>
        public static string ComputeSignature(string signingSecret, string webhookId, DateTimeOffset timestamp, ReadOnlySpan<byte> body)
        {
            if (webhookId is null)
            {
                throw new ArgumentNullException(nameof(webhookId));
            }

            byte[] key = DecodeSecret(signingSecret);
            return "v1," + Convert.ToBase64String(Hash(key, webhookId, timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), body));
        }

        /// <summary>Verifies a delivery and returns its event.</summary>
        /// <param name="body">The request body exactly as received (before any JSON parsing or re-encoding).</param>
        /// <param name="getHeader">Reads a request header by name (case-insensitive), null when absent; for ASP.NET Core, <c>name =&gt; request.Headers[name]</c>.</param>
        /// <returns>The verified event.</returns>
        /// <exception cref="SipWebhookSignatureException">A header is missing, the timestamp is malformed or outside the tolerance, or no signature matches.</exception>
        /// <exception cref="VoiceLiveProtocolException">The signature is valid but the body is not a webhook event.</exception>
        public SipWebhookEvent Validate(BinaryData body, Func<string, string?> getHeader)
        {
            if (getHeader is null)
            {
                throw new ArgumentNullException(nameof(getHeader));
            }

            return Validate(body, getHeader(IdHeader), getHeader(TimestampHeader), getHeader(SignatureHeader));
        }

        /// <summary>Verifies a delivery from its three headers and returns its event.</summary>
        /// <param name="body">The request body exactly as received.</param>
        /// <param name="webhookId">The <c>webhook-id</c> header.</param>
        /// <param name="timestamp">The <c>webhook-timestamp</c> header.</param>
        /// <param name="signature">The <c>webhook-signature</c> header.</param>
        /// <returns>The verified event.</returns>
        /// <exception cref="SipWebhookSignatureException">A header is missing, the timestamp is malformed or outside the tolerance, or no signature matches.</exception>
        /// <exception cref="VoiceLiveProtocolException">The signature is valid but the body is not a webhook event.</exception>
        public SipWebhookEvent Validate(BinaryData body, string? webhookId, string? timestamp, string? signature)
        {
            Verify(body, webhookId, timestamp, signature);
            try
            {
                return JsonSerializer.Deserialize(body.ToMemory().Span, SipJsonContext.Default.SipWebhookEvent)
                    ?? throw new VoiceLiveProtocolException("The webhook body is JSON null, not an event.");
            }
            catch (JsonException ex)
            {
                throw new VoiceLiveProtocolException("The webhook body is not a SIP webhook event: " + ex.Message, ex);
            }
        }

        /// <summary>Verifies a delivery's signature and timestamp without reading the body.</summary>
        /// <param name="body">The request body exactly as received.</param>
        /// <param name="webhookId">The <c>webhook-id</c> header.</param>
        /// <param name="timestamp">The <c>webhook-timestamp</c> header.</param>
        /// <param name="signature">The <c>webhook-signature</c> header.</param>
        /// <exception cref="SipWebhookSignatureException">A header is missing, the timestamp is malformed or outside the tolerance, or no signature matches.</exception>
        public void Verify(BinaryData body, string? webhookId, string? timestamp, string? signature)
        {
            if (body is null)
            {
                throw new ArgumentNullException(nameof(body));
            }

            if (string.IsNullOrEmpty(webhookId) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
            {
                string missing = string.IsNullOrEmpty(webhookId) ? IdHeader : string.IsNullOrEmpty(timestamp) ? TimestampHeader : SignatureHeader;
                throw new SipWebhookSignatureException(SipWebhookSignatureFailure.MissingHeader, $"The webhook delivery has no '{missing}' header.");
            }

            if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) || seconds > 253402300799)
            {
                throw new SipWebhookSignatureException(SipWebhookSignatureFailure.InvalidTimestamp, $"The '{TimestampHeader}' header is not Unix seconds.");
            }

            TimeSpan skew = _time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
            if (skew > Tolerance || skew < -Tolerance)
            {
                throw new SipWebhookSignatureException(
                    SipWebhookSignatureFailure.TimestampOutsideTolerance,
                    $"The webhook was signed {Math.Abs(skew.TotalSeconds):0} s {(skew > TimeSpan.Zero ? "ago" : "in the future")}, outside the tolerance of {Tolerance.TotalSeconds:0} s.");
            }

            ReadOnlySpan<byte> content = body.ToMemory().Span;
            foreach (byte[] key in _keys)
            {
                byte[] expected = Hash(key, webhookId!, timestamp!, content);
                foreach (string entry in signature!.Split(' '))
                {
                    // Protocol: entries are "<version>,<base64>"; only v1 (HMAC-SHA256) is defined, other versions are skipped.
                    if (entry.StartsWith("v1,", StringComparison.Ordinal) && FixedTimeEquals(expected, TryDecode(entry.Substring(3))))
                    {
                        return;
                    }
                }
            }

            throw new SipWebhookSignatureException(SipWebhookSignatureFailure.SignatureMismatch, "No v1 signature of the webhook delivery matches its body under the configured signing secrets.");
        }

        private static byte[] DecodeSecret(string secret)
        {
            if (string.IsNullOrEmpty(secret))
            {
                throw new ArgumentException("A signing secret must not be empty.", nameof(secret));
            }

            string text = secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret.Substring(SecretPrefix.Length) : secret;
            return TryDecode(text) ?? Encoding.UTF8.GetBytes(text);
        }

        private static byte[]? TryDecode(string base64)
        {
            try
            {
                return Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                return null;
            }
        }

        private static byte[] Hash(byte[] key, string webhookId, string timestamp, ReadOnlySpan<byte> body)
        {
            byte[] prefix = Encoding.UTF8.GetBytes(webhookId + "." + timestamp + ".");
            byte[] signed = new byte[prefix.Length + body.Length];
            prefix.CopyTo(signed, 0);
            body.CopyTo(signed.AsSpan(prefix.Length));
            using var hmac = new HMACSHA256(key);
            return hmac.ComputeHash(signed);
        }

        // Why not SequenceEqual: the comparison time must not reveal how many leading bytes of a forged signature match.
        private static bool FixedTimeEquals(byte[] expected, byte[]? actual)
        {
            if (actual is null || actual.Length != expected.Length)
            {
                return false;
            }

            int difference = 0;
            for (int i = 0; i < expected.Length; i++)
            {
                difference |= expected[i] ^ actual[i];
            }

            return difference == 0;
        }
    }
}
