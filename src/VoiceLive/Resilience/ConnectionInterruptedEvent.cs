using System;
using System.Text.Json;

namespace VoiceLive
{
    /// <summary>
    /// Yielded by a connection with <see cref="VoiceLiveClientOptions.Reconnection"/> enabled when it drops or the
    /// service closes it with a status that is not final. The library is reconnecting; the next event is
    /// <see cref="ConnectionResumedEvent"/>, or the stream ends with <see cref="VoiceLiveConnectionClosedException"/>
    /// when every attempt failed. The service never sends it: its <see cref="ServerEvent.Type"/> is in the library's own
    /// <c>voicelive.</c> namespace. A response that was running is cut; its items are marked incomplete in a
    /// <see cref="ConversationTracker"/> and it is not re-run.
    /// </summary>
    public sealed class ConnectionInterruptedEvent : ServerEvent
    {
        /// <summary>The event's <see cref="ServerEvent.Type"/>.</summary>
        public const string EventType = "voicelive.connection.interrupted";

        /// <summary>Creates the event.</summary>
        /// <param name="closeStatus">The close status (1006 when the connection dropped without a close frame).</param>
        /// <param name="closeStatusDescription">The reason the service gave, if any.</param>
        /// <param name="interruptedResponseId">The response that was running, if any.</param>
        public ConnectionInterruptedEvent(int closeStatus, string? closeStatusDescription, string? interruptedResponseId)
            : base(EventType)
        {
            CloseStatus = closeStatus;
            CloseStatusDescription = closeStatusDescription;
            InterruptedResponseId = interruptedResponseId;
            RawJson = BuildJson(this);
        }

        /// <summary>The close status of the drop (1006 when no close frame arrived, for example after a keep-alive timeout).</summary>
        public int CloseStatus { get; }

        /// <summary>The close reason (for example <c>session_expired</c>), or null.</summary>
        public string? CloseStatusDescription { get; }

        /// <summary>The id of the response the drop cut short, or null when none was running.</summary>
        public string? InterruptedResponseId { get; }

        private static BinaryData BuildJson(ConnectionInterruptedEvent evt)
        {
            using var stream = new System.IO.MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("type", EventType);
                writer.WriteNumber("close_status", evt.CloseStatus);
                writer.WriteString("close_reason", evt.CloseStatusDescription);
                writer.WriteString("interrupted_response_id", evt.InterruptedResponseId);
                writer.WriteEndObject();
            }

            return new BinaryData(stream.ToArray());
        }
    }
}
