using System;
using System.IO;
using System.Text;
using System.Text.Json;
using VoiceLive.Protocol.Json;

namespace VoiceLive.Diagnostics
{
    /// <summary>
    /// Produces the text of a message for content logging with audio payloads and credentials replaced by a
    /// placeholder. Only used when Trace logging and content logging are both on, so its cost is off the hot path.
    /// </summary>
    internal static class ContentRedactor
    {
        private static readonly string[] s_alwaysRedacted = { "audio", "authorization", "api-key", "headers", "credential", "password", "token" };

        public static string Redact(ReadOnlySpan<byte> utf8Json, string eventType)
        {
            bool redactDelta = eventType.EndsWith("audio.delta", StringComparison.Ordinal) || eventType.EndsWith("video.delta", StringComparison.Ordinal);
            try
            {
                var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = JsonLimits.MaxDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                using var stream = new MemoryStream();
                using (var writer = new Utf8JsonWriter(stream))
                {
                    while (reader.Read())
                    {
                        if (reader.TokenType == JsonTokenType.PropertyName)
                        {
                            string name = reader.GetString()!;
                            writer.WritePropertyName(name);
                            if (ShouldRedact(name, redactDelta))
                            {
                                reader.Read();
                                reader.Skip();
                                writer.WriteStringValue("[redacted]");
                            }

                            continue;
                        }

                        WriteToken(ref reader, writer);
                    }
                }

                return Encoding.UTF8.GetString(stream.ToArray());
            }
            catch (Exception ex) when (ServerEventParser.IsDataError(ex))
            {
                // A frame that is not JSON may still contain anything; log only its size.
                return $"[{utf8Json.Length} bytes that are not valid JSON]";
            }
        }

        private static bool ShouldRedact(string name, bool redactDelta)
        {
            if (redactDelta && name == "delta")
            {
                return true;
            }

            foreach (string secret in s_alwaysRedacted)
            {
                if (string.Equals(secret, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static void WriteToken(ref Utf8JsonReader reader, Utf8JsonWriter writer)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject: writer.WriteStartObject(); break;
                case JsonTokenType.EndObject: writer.WriteEndObject(); break;
                case JsonTokenType.StartArray: writer.WriteStartArray(); break;
                case JsonTokenType.EndArray: writer.WriteEndArray(); break;
                case JsonTokenType.String: writer.WriteStringValue(reader.GetString()); break;
                case JsonTokenType.Number: writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true); break;
                case JsonTokenType.True: writer.WriteBooleanValue(true); break;
                case JsonTokenType.False: writer.WriteBooleanValue(false); break;
                case JsonTokenType.Null: writer.WriteNullValue(); break;
            }
        }
    }
}
