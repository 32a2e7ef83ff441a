using System;
using System.Threading;

namespace VoiceLive.Emulator
{
    /// <summary>Identifiers shaped like the service's (<c>event_…</c>, <c>item_…</c>, <c>resp_…</c>, <c>call_…</c>, <c>sess_…</c>).</summary>
    internal static class Ids
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        private static long s_counter;

        public static string New(string prefix)
        {
            // Why: a counter makes ids unique and ordered; the random tail makes them look like the service's.
            long n = Interlocked.Increment(ref s_counter);
            Span<char> tail = stackalloc char[12];
            for (int i = 0; i < tail.Length; i++)
            {
                tail[i] = Alphabet[Random.Shared.Next(Alphabet.Length)];
            }

            return prefix + n.ToString("X6", System.Globalization.CultureInfo.InvariantCulture) + new string(tail);
        }
    }
}
