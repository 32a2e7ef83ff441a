using System;

namespace VoiceLive
{
    /// <summary>
    /// A frame from the service that could not be read as an event: not JSON, not UTF-8, not a JSON object, or a
    /// known event whose fields have the wrong JSON types. The session goes on; the frame and the reason are kept here.
    /// <see cref="ServerEvent.Type"/> is the wire type when one could be found, otherwise an empty string.
    /// </summary>
    public sealed class MalformedServerEvent : ServerEvent
    {
        /// <summary>Creates a malformed-frame event.</summary>
        /// <param name="type">The wire type found in the frame, or an empty string.</param>
        /// <param name="rawJson">The bytes of the frame as received.</param>
        /// <param name="error">Why the frame could not be read.</param>
        public MalformedServerEvent(string type, BinaryData rawJson, Exception error)
            : base(type)
        {
            RawJson = rawJson ?? throw new ArgumentNullException(nameof(rawJson));
            Error = error ?? throw new ArgumentNullException(nameof(error));
        }

        /// <summary>Why the frame could not be read (typically a <see cref="System.Text.Json.JsonException"/>).</summary>
        public Exception Error { get; }
    }
}
