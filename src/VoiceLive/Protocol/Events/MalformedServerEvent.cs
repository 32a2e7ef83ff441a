using System;

namespace VoiceLive
{
    /// <summary>
    /// A frame from the service that could not be read as an event: not JSON, not a JSON object, invalid UTF-8 inside a
    /// binary frame, or a known event whose fields have the wrong JSON types. (A text frame that is not UTF-8 breaks the
    /// WebSocket protocol itself and ends the connection with a <see cref="VoiceLiveProtocolException"/>.) The session goes on; the frame and the reason are kept here.
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
