using System;
using System.Collections.Generic;
using System.Globalization;

namespace VoiceLive.Emulator
{
    /// <summary>Reads the emulator's numeric query parameters, one rule for faults and benchmark modes alike.</summary>
    internal static class QueryValues
    {
        /// <summary>
        /// The non-negative integer <paramref name="name"/> carries, or false when the query does not name it. A value
        /// that is not such an integer throws, so a mistyped test setting is refused instead of ignored.
        /// </summary>
        public static bool TryInt(IReadOnlyDictionary<string, string> query, string name, out int value)
        {
            value = 0;
            if (!query.TryGetValue(name, out string? text))
            {
                return false;
            }

            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) || value < 0)
            {
                throw new FormatException($"Query parameter {name} must be a non-negative integer, not '{text}'.");
            }

            return true;
        }
    }
}
