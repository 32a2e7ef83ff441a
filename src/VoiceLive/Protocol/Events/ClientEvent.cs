using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

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

        /// <summary>
        /// Reads one client event from its UTF-8 JSON, as the service would receive it (used by the local emulator and
        /// by tests). Unlike <see cref="ServerEvent.Parse(ReadOnlySpan{byte})"/> this is strict: bad input throws.
        /// </summary>
        /// <param name="utf8Json">The UTF-8 bytes of one WebSocket text message.</param>
        /// <returns>The typed event, for example a <see cref="ClientEventInputAudioBufferAppend"/>.</returns>
        /// <exception cref="System.Text.Json.JsonException">The JSON is malformed, has no string <c>type</c>, names a type this
        /// version does not know, or has a field that cannot be read (such as audio that is not base64).</exception>
        public static ClientEvent Parse(ReadOnlySpan<byte> utf8Json) => ClientEventRegistry.Parse(utf8Json);

        /// <summary>Reads one client event from a JSON string; see <see cref="Parse(ReadOnlySpan{byte})"/>.</summary>
        /// <param name="json">The JSON text of one event.</param>
        /// <returns>The typed event.</returns>
        /// <exception cref="System.Text.Json.JsonException">The JSON is not a known, readable client event.</exception>
        public static ClientEvent Parse(string json)
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            return ClientEventRegistry.Parse(System.Text.Encoding.UTF8.GetBytes(json));
        }

        /// <summary>Returns the wire type and event id, for logs and debuggers. Never includes payloads.</summary>
        /// <returns>A short description of the event.</returns>
        public override string ToString() => EventId is null ? Type : Type + " (" + EventId + ")";
    }
}
