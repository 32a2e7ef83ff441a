using System;
using System.Text.Json;

namespace VoiceLive
{
    /// <summary>
    /// Yielded after <see cref="ConnectionInterruptedEvent"/> (or, for a renewal, alone) once a new session is open and restored: the session
    /// configuration the app sent has been replayed (one <c>session.update</c>) and, with
    /// <see cref="VoiceLiveReconnectionOptions.RestoreConversation"/>, the conversation recreated item by item. The events
    /// that follow come from the new session, starting with its answers to the replay (<c>session.updated</c>, one
    /// <c>conversation.item.created</c> per restored item). Its <see cref="ServerEvent.Type"/> is the library's own.
    /// </summary>
    public sealed class ConnectionResumedEvent : ServerEvent
    {
        /// <summary>The event's <see cref="ServerEvent.Type"/>.</summary>
        public const string EventType = "voicelive.connection.resumed";

        /// <summary>Creates the event.</summary>
        /// <param name="attempts">How many connection attempts it took (1 when the first succeeded).</param>
        /// <param name="itemsRestored">How many conversation items were recreated.</param>
        /// <param name="sessionId">The new session's id.</param>
        /// <param name="reason">Why the connection was resumed.</param>
        /// <param name="audioBytesNotSent">Audio bytes the app tried to append during the gap that were not sent.</param>
        /// <param name="clientRequestId">The <c>x-ms-client-request-id</c> of the new connection.</param>
        public ConnectionResumedEvent(int attempts, int itemsRestored, string? sessionId, ConnectionResumeReason reason, long audioBytesNotSent, string? clientRequestId)
            : base(EventType)
        {
            Attempts = attempts;
            ItemsRestored = itemsRestored;
            SessionId = sessionId;
            Reason = reason;
            AudioBytesNotSent = audioBytesNotSent;
            ClientRequestId = clientRequestId;
            RawJson = BuildJson(this);
        }

        /// <summary>How many connection attempts it took (1 when the first succeeded).</summary>
        public int Attempts { get; }

        /// <summary>How many conversation items were recreated in the new session (0 when restoring is off).</summary>
        public int ItemsRestored { get; }

        /// <summary>The new session's id (from its <c>session.created</c>, which the stream does not repeat).</summary>
        public string? SessionId { get; }

        /// <summary>Why the connection was resumed.</summary>
        public ConnectionResumeReason Reason { get; }

        /// <summary>
        /// Audio bytes the app tried to append while the connection was down and that were refused
        /// (<see cref="ReconnectionSendBehavior.FailFast"/>): never sent to either session. Zero with
        /// <see cref="ReconnectionSendBehavior.Wait"/>, where such audio goes to the new session.
        /// </summary>
        public long AudioBytesNotSent { get; }

        /// <summary>The <c>x-ms-client-request-id</c> of the new connection; quote it when asking for support.</summary>
        public string? ClientRequestId { get; }

        private static BinaryData BuildJson(ConnectionResumedEvent evt)
        {
            using var stream = new System.IO.MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("type", EventType);
                writer.WriteNumber("attempts", evt.Attempts);
                writer.WriteNumber("items_restored", evt.ItemsRestored);
                writer.WriteString("session_id", evt.SessionId);
                writer.WriteString("reason", evt.Reason switch
                {
                    ConnectionResumeReason.SessionExpired => "session_expired",
                    ConnectionResumeReason.Renewed => "renewed",
                    _ => "dropped",
                });
                writer.WriteNumber("audio_bytes_not_sent", evt.AudioBytesNotSent);
                writer.WriteString("client_request_id", evt.ClientRequestId);
                writer.WriteEndObject();
            }

            return new BinaryData(stream.ToArray());
        }
    }
}
