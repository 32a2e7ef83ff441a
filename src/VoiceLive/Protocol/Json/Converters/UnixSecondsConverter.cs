using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Maps <c>integer(unixtime)</c> fields (Unix seconds, for example <c>expires_at</c>) to <see cref="DateTimeOffset"/>.</summary>
    internal sealed class UnixSecondsConverter : JsonConverter<DateTimeOffset?>
    {
        public override bool HandleNull => true;

        public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.Number:
                    // Tolerance: fractional seconds are accepted and truncated to milliseconds.
                    if (reader.TryGetInt64(out long seconds))
                    {
                        return DateTimeOffset.FromUnixTimeSeconds(seconds);
                    }

                    return DateTimeOffset.FromUnixTimeMilliseconds((long)(reader.GetDouble() * 1000));
                case JsonTokenType.String:
                    return DateTimeOffset.FromUnixTimeSeconds(long.Parse(reader.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture));
                default:
                    throw new JsonException($"Expected Unix seconds, found {reader.TokenType}.");
            }
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteNumberValue(value.Value.ToUnixTimeSeconds());
            }
        }
    }
}
