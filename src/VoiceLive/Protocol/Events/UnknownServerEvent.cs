using System;

namespace VoiceLive
{
    /// <summary>
    /// A server event whose <c>type</c> this version of the library does not know (for example one the service added
    /// after this release). Its <see cref="ServerEvent.Type"/> and <see cref="ServerEvent.RawJson"/> keep everything
    /// the service sent.
    /// </summary>
    public sealed class UnknownServerEvent : ServerEvent
    {
        /// <summary>Creates an unknown event of the given wire type with its raw JSON.</summary>
        /// <param name="type">The wire <c>type</c> the service sent.</param>
        /// <param name="rawJson">The JSON of the whole event.</param>
        public UnknownServerEvent(string type, BinaryData rawJson)
            : base(type)
        {
            RawJson = rawJson ?? throw new ArgumentNullException(nameof(rawJson));
        }
    }
}
