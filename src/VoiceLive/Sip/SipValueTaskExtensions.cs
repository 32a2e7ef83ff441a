using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace VoiceLive.Sip
{
    internal static class SipValueTaskExtensions
    {
        /// <summary>The result of a core call made with <c>async: false</c>, which completes synchronously.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        [SuppressMessage("Usage", "VSTHRD002:Avoid problematic synchronous waits", Justification = "Reads the result of a task checked to be complete just above; it never waits.")]
        public static T EnsureCompleted<T>(this ValueTask<T> task)
        {
            if (!task.IsCompleted)
            {
                throw new InvalidOperationException("A synchronous SIP operation did not complete synchronously.");
            }

            return task.GetAwaiter().GetResult();
        }
    }
}
