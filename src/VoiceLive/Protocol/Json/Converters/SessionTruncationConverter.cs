using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Reads and writes <see cref="SessionTruncation"/>: a string (<c>auto</c>, <c>disabled</c>) or an object with <c>type</c> and <c>retention_ratio</c>.</summary>
    internal sealed class SessionTruncationConverter : JsonConverter<SessionTruncation>
    {
        public override SessionTruncation? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return SessionTruncation.Create(reader.GetString()!, null);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"Expected a string or an object for truncation, found {reader.TokenType}.");
            }

            string type = "retention_ratio";
            double? ratio = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                string name = reader.GetString()!;
                reader.Read();
                if (name == "type" && reader.TokenType == JsonTokenType.String)
                {
                    type = reader.GetString()!;
                }
                else if (name == "retention_ratio" && reader.TokenType == JsonTokenType.Number)
                {
                    ratio = reader.GetDouble();
                }
                else
                {
                    reader.Skip();
                }
            }

            return SessionTruncation.Create(type, ratio);
        }

        public override void Write(Utf8JsonWriter writer, SessionTruncation value, JsonSerializerOptions options)
        {
            if (value.RetentionRatio is null && value.Type is "auto" or "disabled")
            {
                writer.WriteStringValue(value.Type);
                return;
            }

            writer.WriteStartObject();
            writer.WriteString("type", value.Type);
            if (value.RetentionRatio is double ratio)
            {
                writer.WriteNumber("retention_ratio", ratio);
            }

            writer.WriteEndObject();
        }
    }
}
