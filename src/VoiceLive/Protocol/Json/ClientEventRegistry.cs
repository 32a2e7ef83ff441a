using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>
    /// Maps each known client wire type to the metadata that deserializes it, and reads client events from JSON
    /// (the emulator receives them; tests and examples check them). The library itself only writes client events.
    /// </summary>
    internal static partial class ClientEventRegistry
    {
        /// <summary>The type info for a client wire type, or null when this version does not know the type.</summary>
        public static JsonTypeInfo? GetTypeInfo(string wireType)
            => s_types.TryGetValue(wireType, out JsonTypeInfo? info) ? info : null;

        /// <summary>
        /// Reads one client event. Unlike server events, a bad client event is the sender's error, so every problem
        /// is a <see cref="JsonException"/>: malformed JSON, a missing or non-string <c>type</c>, an unknown type, or a
        /// field that cannot be read (for example audio that is not base64).
        /// </summary>
        public static ClientEvent Parse(ReadOnlySpan<byte> utf8Json)
        {
            string? type;
            try
            {
                type = ServerEventParser.FindType(utf8Json);
            }
            catch (Exception ex) when (ServerEventParser.IsDataError(ex) && ex is not JsonException)
            {
                throw new JsonException("The client event is not valid JSON: " + ex.Message, ex);
            }

            if (string.IsNullOrEmpty(type))
            {
                throw new JsonException("The client event has no string \"type\" property.");
            }

            JsonTypeInfo typeInfo = GetTypeInfo(type!)
                ?? throw new JsonException($"\"{type}\" is not a known client event type.");
            try
            {
                // api-version v1 (OpenAI GA) sends nested session and response objects: read into the same classes.
                byte[]? flat = V1WireShape.ClientFromV1Frame(utf8Json, type!);
                return (ClientEvent?)(flat is null ? JsonSerializer.Deserialize(utf8Json, typeInfo) : JsonSerializer.Deserialize(flat, typeInfo))
                    ?? throw new JsonException("The client event is JSON null.");
            }
            catch (Exception ex) when (ServerEventParser.IsDataError(ex) && ex is not JsonException)
            {
                throw new JsonException($"The \"{type}\" event could not be read: {ex.Message}", ex);
            }
        }
    }
}
