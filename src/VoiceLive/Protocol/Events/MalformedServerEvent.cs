using System;

namespace VoiceLive
{
    /// <summary>
    /// A frame from the service that could not be read as an event: not JSON, not a JSON object, invalid UTF-8 inside a
    /// binary frame, or a known event whose fields have the wrong JSON types. (A text frame that is not UTF-8 breaks the
    /// WebSocket protocol itself and ends the connection with a <see cref="VoiceLiveProtocolException"/>.) The session goes on; the frame and the reason are kept here.
    /// <see cref="ServerEvent.Type"/> is always an empty string, so code that switches on the type never mistakes a broken
    /// frame for the event it claimed to be; the type the frame claimed is in <see cref="ClaimedType"/>.
    /// </summary>
    public sealed class MalformedServerEvent : ServerEvent
    {
        /// <summary>Creates a malformed-frame event.</summary>
        /// <param name="claimedType">The wire type found in the frame, or null or an empty string when there was none.</param>
        /// <param name="rawJson">The bytes of the frame as received.</param>
        /// <param name="error">Why the frame could not be read.</param>
        public MalformedServerEvent(string? claimedType, BinaryData rawJson, Exception error)
            : base(string.Empty)
        {
            ClaimedType = string.IsNullOrEmpty(claimedType) ? null : claimedType;
            RawJson = rawJson ?? throw new ArgumentNullException(nameof(rawJson));
            Error = error ?? throw new ArgumentNullException(nameof(error));
        }

        /// <summary>The <c>type</c> the frame claimed (found before the fault), or null when it had none. It is not trustworthy: the frame is broken.</summary>
        public string? ClaimedType { get; }

        /// <summary>Why the frame could not be read (typically a <see cref="System.Text.Json.JsonException"/>).</summary>
        public Exception Error { get; }

        /// <summary>Returns a short description for logs: the claimed type, never the payload.</summary>
        /// <returns>A short description of the frame.</returns>
        public override string ToString() => "malformed frame" + (ClaimedType is null ? string.Empty : " (claimed type " + ClaimedType + ")");
    }
}
