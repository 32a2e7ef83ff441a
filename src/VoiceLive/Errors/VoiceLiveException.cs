using System;

namespace VoiceLive
{
    /// <summary>
    /// The base of every exception the library raises for a condition of the service or the network (as opposed to
    /// caller mistakes, which stay <see cref="ArgumentException"/>, <see cref="InvalidOperationException"/> and
    /// <see cref="ObjectDisposedException"/>). Server <c>error</c> events are events, not exceptions.
    /// </summary>
    public class VoiceLiveException : Exception
    {
        /// <summary>Creates an exception with a message.</summary>
        /// <param name="message">What went wrong.</param>
        public VoiceLiveException(string message)
            : base(message)
        {
        }

        /// <summary>Creates an exception with a message and the exception that caused it.</summary>
        /// <param name="message">What went wrong.</param>
        /// <param name="innerException">The cause.</param>
        public VoiceLiveException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }
    }
}
