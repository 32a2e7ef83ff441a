using System;

namespace VoiceLive
{
    /// <summary>Checks on values that go into the upgrade request, where a line break would let a value inject headers.</summary>
    internal static class HeaderValidation
    {
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
