using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Reads an integer or <c>"inf"</c> as <see cref="MaxOutputTokens"/> and writes it back in the same form.</summary>
    internal sealed class MaxOutputTokensConverter : JsonConverter<MaxOutputTokens>
    {
        public override MaxOutputTokens Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    // A limit beyond int range is, in practice, no limit.
                    return reader.TryGetInt32(out int value) ? new MaxOutputTokens(value) : MaxOutputTokens.Infinite;
                case JsonTokenType.String:
                    string text = reader.GetString()!;
                    if (string.Equals(text, "inf", StringComparison.OrdinalIgnoreCase))
                    {
                        return MaxOutputTokens.Infinite;
                    }

                    if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed))
                    {
                        return new MaxOutputTokens(parsed);
                    }

                    throw new JsonException($"Expected a token count or \"inf\", found \"{text}\".");
                default:
                    throw new JsonException($"Expected a token count or \"inf\", found {reader.TokenType}.");
            }
        }

        public override void Write(Utf8JsonWriter writer, MaxOutputTokens value, JsonSerializerOptions options)
        {
            if (value.Value is int limit)
            {
                writer.WriteNumberValue(limit);
            }
            else
            {
                writer.WriteStringValue("inf");
            }
        }
    }
}
