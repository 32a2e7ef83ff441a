using System;

namespace VoiceLive.Agents
{
    /// <summary>
    /// Something above the wire (conversation tracker, tool runner, telemetry, resumption) that follows a connection's
    /// traffic. Observers run inside the single reader's receive path, in the order they were attached, before the app's
    /// <c>await foreach</c> gets the event: never as a second reader and never on a loop of their own, so they see
    /// exactly the order the app sees. A connection with no observer pays one null check per event.
    /// </summary>
    /// <remarks>
    /// Callbacks must be quick and must not block: they run on the reader. Work that takes time (a tool call) is started
    /// from here and runs elsewhere. An exception thrown by a callback is logged and does not reach the event stream.
    /// </remarks>
    internal abstract class ConnectionObserver
    {
        /// <summary>An event was read from the socket and parsed; the app gets it next.</summary>
        public virtual void OnReceived(VoiceLiveConnection connection, ServerEvent serverEvent)
        {
        }

        /// <summary>A typed client event's frame is on the socket.</summary>
        public virtual void OnSent(VoiceLiveConnection connection, ClientEvent clientEvent)
        {
        }

        /// <summary>An <c>input_audio_buffer.append</c> of <paramref name="byteCount"/> bytes of audio is on the socket.</summary>
        public virtual void OnAudioAppended(VoiceLiveConnection connection, int byteCount)
        {
        }

        /// <summary>A raw JSON client event of <paramref name="eventType"/> is on the socket.</summary>
        public virtual void OnRawSent(VoiceLiveConnection connection, string eventType, ReadOnlySpan<byte> json)
        {
        }

        /// <summary>The connection closed (by either side, or dropped) with <paramref name="status"/>.</summary>
        public virtual void OnClosed(VoiceLiveConnection connection, int status, string? description)
        {
        }
    }
}
