using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// An event the client sends to the Voice Live service. Every wire <c>type</c> has a subclass named
    /// <c>ClientEvent</c> + the type in PascalCase (for example <c>ClientEventSessionUpdate</c>). Send one with
    /// <c>VoiceLiveConnection.SendAsync</c>, or use the typed
    /// methods of the connection's resources.
    /// </summary>
    public abstract class ClientEvent
    {
        /// <summary>Initializes the event with its wire type.</summary>
        /// <param name="type">The wire <c>type</c> string, for example <c>session.update</c>.</param>
        protected ClientEvent(string type)
        {
            Type = type ?? throw new ArgumentNullException(nameof(type));
        }

        /// <summary>The wire <c>type</c> of the event.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-2)]
        public string Type { get; }

        /// <summary>An optional client-chosen <c>event_id</c>; the service echoes it in an <c>error</c> caused by this event.</summary>
        [JsonPropertyName("event_id")]
        [JsonPropertyOrder(-1)]
        public string? EventId { get; set; }

        /// <summary>Serializes the event to the UTF-8 JSON that goes on the wire.</summary>
        /// <returns>The JSON of the event.</returns>
        public BinaryData ToJson() => ClientEventSerializer.ToBinaryData(this);

        /// <summary>Returns the wire type and event id, for logs and debuggers. Never includes payloads.</summary>
        /// <returns>A short description of the event.</returns>
        public override string ToString() => EventId is null ? Type : Type + " (" + EventId + ")";
    }
}
