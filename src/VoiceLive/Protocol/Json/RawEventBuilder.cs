using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VoiceLive.Protocol.Json
{
    /// <summary>
    /// Builds a client event around JSON the app supplies for one of its members (the <c>session</c> of
    /// <c>session.update</c>, the <c>response</c> of <c>response.create</c>, the <c>item</c> of
    /// <c>conversation.item.create</c>), so a Python dict ports as-is. The app's JSON is checked to be one JSON object
    /// and copied verbatim.
    /// </summary>
    internal static class RawEventBuilder
    {
        private static readonly JsonReaderOptions s_validation = new JsonReaderOptions { MaxDepth = JsonLimits.MaxDepth };

        /// <summary>The app's <see cref="JsonObject"/> as UTF-8 JSON.</summary>
        public static BinaryData FromNode(JsonObject value, string parameterName)
        {
            if (value is null)
            {
                throw new ArgumentNullException(parameterName);
            }

            return BinaryData.FromString(value.ToJsonString());
        }

        /// <summary>Checks that <paramref name="value"/> is exactly one JSON object; otherwise throws <see cref="ArgumentException"/>.</summary>
        public static ReadOnlyMemory<byte> RequireObject(BinaryData value, string parameterName)
        {
            if (value is null)
            {
                throw new ArgumentNullException(parameterName);
            }

            ReadOnlyMemory<byte> utf8 = value.ToMemory();
            try
            {
                var reader = new Utf8JsonReader(utf8.Span, s_validation);
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new ArgumentException("The JSON must be one JSON object (a Python dict), not " + Describe(reader.TokenType) + ".", parameterName);
                }

                reader.Skip();
                if (reader.Read())
                {
                    throw new ArgumentException("The JSON must be one JSON object; more data follows it.", parameterName);
                }
            }
            catch (JsonException ex)
            {
                throw new ArgumentException("The JSON is not well-formed: " + ex.Message, parameterName, ex);
            }

            return utf8;
        }

        /// <summary>The string value of a top-level member of a JSON object already checked by <see cref="RequireObject"/>, or null.</summary>
        public static string? TopLevelString(ReadOnlySpan<byte> utf8Object, string name)
        {
            var reader = new Utf8JsonReader(utf8Object, s_validation);
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool match = reader.ValueTextEquals(name);
                reader.Read();
                if (match)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }

            return null;
        }

        /// <summary>
        /// Writes <c>{"type":…,"event_id":…,<paramref name="member"/>:<paramref name="value"/>, extras…}</c>; extras whose
        /// value is null are left out.
        /// </summary>
        public static BinaryData Build(string type, string? eventId, string member, ReadOnlyMemory<byte> value, string? extraName = null, string? extraValue = null)
        {
            using var stream = new MemoryStream(value.Length + 96);
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("type", type);
                if (eventId is not null)
                {
                    writer.WriteString("event_id", eventId);
                }

                if (extraName is not null && extraValue is not null)
                {
                    writer.WriteString(extraName, extraValue);
                }

                writer.WritePropertyName(member);
                writer.WriteRawValue(value.Span, skipInputValidation: true);
                writer.WriteEndObject();
            }

            return new BinaryData(stream.ToArray());
        }

        private static string Describe(JsonTokenType token) => token switch
        {
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            _ => "empty input",
        };
    }
}
