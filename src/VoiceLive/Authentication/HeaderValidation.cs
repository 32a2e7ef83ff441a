using System;

namespace VoiceLive.Authentication
{
    /// <summary>Checks on values that go into the upgrade request, where a line break would let a value inject headers.</summary>
    internal static class HeaderValidation
    {
        // The handshake's own headers: a value from the app would break the upgrade or its validation.
        private static readonly string[] s_handshakeHeaders =
        {
            "Connection", "Upgrade", "Sec-WebSocket-Key", "Sec-WebSocket-Version", "Sec-WebSocket-Accept", "Sec-WebSocket-Extensions", "Sec-WebSocket-Protocol",
        };

        /// <summary>Refuses a header the WebSocket handshake sets itself.</summary>
        public static void RejectHandshakeHeader(string name, string parameterName)
        {
            string trimmed = name.Trim();
            foreach (string reserved in s_handshakeHeaders)
            {
                if (string.Equals(trimmed, reserved, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException($"The header '{reserved}' belongs to the WebSocket handshake and cannot be set.", parameterName);
                }
            }
        }

        public static void RejectLineBreaks(string? value, string what, string parameterName)
        {
            if (value is not null && (value.IndexOf('\r') >= 0 || value.IndexOf('\n') >= 0 || value.IndexOf('\0') >= 0))
            {
                // The value itself is not echoed: it may be a secret.
                throw new ArgumentException($"The {what} contains a line break or NUL character, which is not allowed in a request.", parameterName);
            }
        }
    }
}
