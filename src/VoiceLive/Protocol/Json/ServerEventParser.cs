using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace VoiceLive.Protocol.Json
{
    /// <summary>
    /// Turns one UTF-8 frame into a typed <see cref="ServerEvent"/>. Never throws for bad input: unknown types become
    /// <see cref="UnknownServerEvent"/>, unreadable frames become <see cref="MalformedServerEvent"/>.
    /// </summary>
    internal static class ServerEventParser
    {
        private static readonly JsonReaderOptions s_readerOptions = new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = JsonLimits.MaxDepth,
        };

        public static ServerEvent Parse(ReadOnlySpan<byte> utf8Json)
        {
            // Filled in while the frame is read: a frame that breaks after its type still reports it.
            string? found = null;
            try
            {
                string? eventId = null;
                ReadTopLevel(utf8Json, ref found, ref eventId);
                if (string.IsNullOrEmpty(found))
                {
                    // Protocol: every server event carries a string "type"; without one the frame is not an event.
                    return Malformed(string.Empty, utf8Json, new JsonException("The frame has no string \"type\" property."));
                }

                string type = found!;
                JsonTypeInfo? typeInfo = ServerEventRegistry.GetTypeInfo(type);
                if (typeInfo is null)
                {
                    // The event_id is kept too: apps log it and quote it to support even for types this version does not model.
                    return new UnknownServerEvent(type, BinaryData.FromBytes(utf8Json.ToArray())) { EventId = eventId };
                }

                // The session and response objects of api-version v1 are nested (OpenAI GA shape): they read into the
                // same classes once moved to the flat shape; RawJson keeps the frame as it came.
                byte[]? flat = V1WireShape.ServerFromV1(utf8Json, type);
                ServerEvent? evt = (ServerEvent?)(flat is null
                    ? JsonSerializer.Deserialize(utf8Json, typeInfo)
                    : JsonSerializer.Deserialize(flat, typeInfo));
                if (evt is null)
                {
                    return Malformed(type, utf8Json, new JsonException("The frame is JSON null."));
                }

                if (!string.Equals(evt.Type, type, StringComparison.Ordinal))
                {
                    evt.SetAliasType(type);
                }

                evt.RawJson = BinaryData.FromBytes(utf8Json.ToArray());
                return evt;
            }
            catch (Exception ex) when (IsDataError(ex))
            {
                // The type, when it stands before the fault (JSON nested too deep, a frame cut off later): apps route
                // and log a MalformedServerEvent by it.
                return Malformed(found ?? string.Empty, utf8Json, ex);
            }
        }

        /// <summary>
        /// Finds the string value of the top-level <c>type</c> property wherever it appears in the object, validating
        /// the whole frame as JSON on the way. Returns null when the frame is an object without a string type.
        /// </summary>
        internal static string? FindType(ReadOnlySpan<byte> utf8Json) => FindType(utf8Json, out _);

        /// <summary>As <see cref="FindType(ReadOnlySpan{byte})"/>, also returning the top-level string <c>event_id</c>, if any.</summary>
        internal static string? FindType(ReadOnlySpan<byte> utf8Json, out string? eventId)
        {
            string? type = null;
            eventId = null;
            ReadTopLevel(utf8Json, ref type, ref eventId);
            return type;
        }

        /// <summary>
        /// Reads the frame's top-level object, validating the whole frame as JSON, and stores its string <c>type</c> and
        /// <c>event_id</c> as soon as it meets them: when the frame turns out bad further on, the caller still has what
        /// came before the fault.
        /// </summary>
        private static void ReadTopLevel(ReadOnlySpan<byte> utf8Json, ref string? type, ref string? eventId)
        {
            var reader = new Utf8JsonReader(utf8Json, s_readerOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("A server event must be a JSON object.");
            }

            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
                {
                    break;
                }

                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("type"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        type = reader.GetString();
                    }

                    continue;
                }

                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("event_id"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        eventId = reader.GetString();
                    }
                }
            }

            // Reject trailing content after the object (two events in one frame, or garbage).
            if (reader.Read())
            {
                throw new JsonException("Unexpected data after the end of the event object.");
            }
        }

        private static MalformedServerEvent Malformed(string type, ReadOnlySpan<byte> frame, Exception error)
            => new MalformedServerEvent(type, BinaryData.FromBytes(frame.ToArray()), error);

        /// <summary>Exceptions that mean "this frame's content is bad", as opposed to bugs or fatal conditions.</summary>
        internal static bool IsDataError(Exception ex)
            => ex is JsonException
            || ex is InvalidOperationException // Utf8JsonReader.GetString on invalid UTF-8, wrong token kinds
            || ex is FormatException           // bad base64, bad number or date text
            || ex is DecoderFallbackException
            || ex is OverflowException;
        // NotSupportedException and ArgumentException are deliberately absent: they mean a bug in the library (for
        // example missing serializer metadata), which must fail loudly rather than hide as a malformed frame.
    }
}
