using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace VoiceLive.Transport
{
    /// <summary>
    /// What the body and headers of a refused upgrade tell the app: the service's error code and message (read from at
    /// most <see cref="MaxBodyBytes"/>, cut to <see cref="MaxMessageChars"/>, with every credential the client sent
    /// removed) and <c>Retry-After</c>.
    /// </summary>
    internal static class RefusedUpgrade
    {
        public const int MaxBodyBytes = 8 * 1024;

        public const int MaxMessageChars = 512;

        /// <summary>How long the body of a refused upgrade may take to arrive.</summary>
        public static readonly TimeSpan BodyReadTimeout = TimeSpan.FromSeconds(2);

        /// <summary>Reads <c>{"error":{"code","message"}}</c> (Azure's error shape), <c>{"code","message"}</c>, or plain text.</summary>
        public static (string? Code, string? Message) ParseBody(ReadOnlySpan<byte> body, IReadOnlyList<KeyValuePair<string, string>> sentHeaders)
        {
            if (body.IsEmpty)
            {
                return (null, null);
            }

            string? code = null;
            string? message = null;
            try
            {
                using JsonDocument document = JsonDocument.Parse(body.ToArray());
                JsonElement root = document.RootElement;
                JsonElement error = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out JsonElement inner) && inner.ValueKind == JsonValueKind.Object ? inner : root;
                if (error.ValueKind == JsonValueKind.Object)
                {
                    code = StringOf(error, "code");
                    message = StringOf(error, "message");
                }
            }
            catch (JsonException)
            {
                // Not JSON (an HTML page from a proxy, plain text): keep it as the message, bounded below.
                message = Encoding.UTF8.GetString(body.ToArray()).Trim();
            }

            return (Clean(code, sentHeaders), Clean(message, sentHeaders));
        }

        /// <summary>The wait the service asked for: <c>Retry-After</c> as seconds or as an HTTP date, never negative.</summary>
        public static TimeSpan? RetryAfter(TimeSpan? delta, DateTimeOffset? date, DateTimeOffset now)
        {
            if (delta is TimeSpan d)
            {
                return d < TimeSpan.Zero ? TimeSpan.Zero : d;
            }

            if (date is DateTimeOffset at)
            {
                TimeSpan wait = at - now;
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }

            return null;
        }

        private static string? StringOf(JsonElement obj, string name)
            => obj.TryGetProperty(name, out JsonElement value) ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            } : null;

        // A service (or a proxy) may echo the request: no header value the client sent that carries a credential may
        // come back out in an exception message.
        private static string? Clean(string? text, IReadOnlyList<KeyValuePair<string, string>> sentHeaders)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            string result = text!;
            foreach (KeyValuePair<string, string> header in sentHeaders)
            {
                if (!IsCredentialHeader(header.Key) || string.IsNullOrEmpty(header.Value))
                {
                    continue;
                }

                result = result.Replace(header.Value, "[redacted]");
                int space = header.Value.IndexOf(' ');
                if (space > 0 && space < header.Value.Length - 1)
                {
                    // "Bearer <token>": the token alone may be echoed too.
                    result = result.Replace(header.Value.Substring(space + 1), "[redacted]");
                }
            }

            var builder = new StringBuilder(Math.Min(result.Length, MaxMessageChars));
            foreach (char c in result)
            {
                if (builder.Length == MaxMessageChars)
                {
                    builder.Append('…');
                    break;
                }

                builder.Append(char.IsControl(c) ? ' ' : c);
            }

            return builder.ToString();
        }

        private static bool IsCredentialHeader(string name)
            => string.Equals(name, "api-key", StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase)
            || name.IndexOf("token", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("key", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
