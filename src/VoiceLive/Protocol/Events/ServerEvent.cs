using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>
    /// An event the Voice Live service sends over the WebSocket. Every wire <c>type</c> this version knows has a
    /// subclass named <c>ServerEvent</c> + the type in PascalCase (for example <see cref="ServerEventResponseAudioDelta"/>);
    /// a type it does not know arrives as <see cref="UnknownServerEvent"/>, and a frame that cannot be read as an event
    /// arrives as <see cref="MalformedServerEvent"/>. Nothing the service sends is dropped.
    /// </summary>
    public abstract class ServerEvent
    {
        // One field for the three states, to keep every event small: BinaryData = the JSON; byte[] = fast-path event
        // whose JSON is rebuilt on first read, with these unmodelled members; s_rebuild = the same without any; null =
        // built in code, serialized on each read.
        private static readonly object s_rebuild = new object();
        private object? _raw;

        /// <summary>Initializes the event with its wire type.</summary>
        /// <param name="type">The wire <c>type</c> string, for example <c>response.audio.delta</c>.</param>
        protected ServerEvent(string type)
        {
            Type = type ?? throw new ArgumentNullException(nameof(type));
        }

        /// <summary>
        /// The wire <c>type</c> of the event, exactly as the service spelled it (for example <c>session.created</c>); compare
        /// it with the constants of <see cref="ServerEventType"/>. A GA protocol name that is an alias of an existing
        /// event (<c>response.output_audio.delta</c> read as a <see cref="ServerEventResponseAudioDelta"/>) keeps the GA
        /// name here. A <see cref="MalformedServerEvent"/> has an empty type, never a real event's.
        /// </summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-2)]
        public string Type { get; private set; }

        /// <summary>The <c>event_id</c> the service gave this event, when it gave one.</summary>
        [JsonPropertyName("event_id")]
        [JsonPropertyOrder(-1)]
        public string? EventId { get; set; }

        /// <summary>
        /// The JSON of the event: the frame as received for events read from the wire, or the serialized form of an
        /// event built in code. Use it to read fields this version of the library does not model. For the high-rate
        /// deltas a connection reads (<c>response.audio.delta</c>, <c>response.audio_transcript.delta</c>,
        /// <c>response.text.delta</c>) the frame is not kept: on first read the JSON is rebuilt from the event's
        /// properties plus the members this version does not model (copied verbatim), so it is equivalent JSON (same
        /// members and values) but not necessarily byte-identical to the frame (escapes, member order and whitespace
        /// may differ). <see cref="Parse(ReadOnlySpan{byte})"/> always keeps the exact frame.
        /// </summary>
        [JsonIgnore]
        public BinaryData RawJson
        {
            // Events read from the wire keep their frame (or rebuild it once, see above); an event built in code is
            // serialized on each read, so the JSON always reflects its current properties.
            get
            {
                object? raw = _raw;
                if (raw is BinaryData json)
                {
                    return json;
                }

                if (raw is null)
                {
                    return ServerEventSerializer.Serialize(this);
                }

                json = ServerEventSerializer.Serialize(this, raw as byte[]);
                _raw = json;
                return json;
            }

            internal set => _raw = value;
        }

        /// <summary>
        /// Marks an event from the fast path: its RawJson is rebuilt on first read from its properties plus
        /// <paramref name="extraMembers"/> (the unmodelled members' JSON, comma-separated, or null).
        /// </summary>
        internal void SetLazyRawJson(byte[]? extraMembers) => _raw = extraMembers ?? s_rebuild;

        /// <summary>Records the wire name an alias was received under (a GA name read into the class of its older name).</summary>
        internal void SetAliasType(string wireType) => Type = wireType;

        /// <summary>
        /// Parses one server event from its UTF-8 JSON. Never throws for bad input: a type this version does not know
        /// gives an <see cref="UnknownServerEvent"/>, and JSON that cannot be read gives a <see cref="MalformedServerEvent"/>.
        /// </summary>
        /// <param name="utf8Json">The UTF-8 bytes of one WebSocket text message.</param>
        /// <returns>The typed event.</returns>
        public static ServerEvent Parse(ReadOnlySpan<byte> utf8Json) => ServerEventParser.Parse(utf8Json);

        /// <summary>Parses one server event from a JSON string; see <see cref="Parse(ReadOnlySpan{byte})"/>.</summary>
        /// <param name="json">The JSON text of one event.</param>
        /// <returns>The typed event.</returns>
        public static ServerEvent Parse(string json)
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            return ServerEventParser.Parse(System.Text.Encoding.UTF8.GetBytes(json));
        }

        /// <summary>Returns the wire type and event id, for logs and debuggers. Never includes payloads.</summary>
        /// <returns>A short description of the event.</returns>
        public override string ToString() => EventId is null ? Type : Type + " (" + EventId + ")";
    }
}
