using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Maps a JSON object of free-form values (<c>map&lt;string,any&gt;</c>) to a dictionary of raw JSON values.</summary>
    internal sealed class RawJsonDictionaryConverter : JsonConverter<IDictionary<string, BinaryData>>
    {
        public override IDictionary<string, BinaryData> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"Expected a JSON object, found {reader.TokenType}.");
            }

            var result = new Dictionary<string, BinaryData>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                string key = reader.GetString()!;
                reader.Read();
                result[key] = JsonRaw.ReadValue(ref reader);
            }

            return result;
        }

        public override void Write(Utf8JsonWriter writer, IDictionary<string, BinaryData> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (KeyValuePair<string, BinaryData> pair in value)
            {
                writer.WritePropertyName(pair.Key);
                if (pair.Value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    JsonRaw.WriteValue(writer, pair.Value);
                }
            }

            writer.WriteEndObject();
        }
    }
}
