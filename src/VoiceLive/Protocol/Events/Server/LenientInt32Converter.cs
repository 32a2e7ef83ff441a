using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// Reads a required integer field of an event liberally: JSON <c>null</c> becomes 0, a number written with a
    /// zero fraction (<c>3.0</c>) or as a string (<c>"3"</c>) is accepted. Writes a plain JSON number.
    /// </summary>
    // Why a converter: the built-in int converter fails the whole event on null, and the design promises that a null
    // where a value was expected still yields the typed event (the raw JSON keeps what was actually sent).
    internal sealed class LenientInt32Converter : JsonConverter<int>
    {
        public override bool HandleNull => true;

        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return 0;
                case JsonTokenType.Number:
                    if (reader.TryGetInt32(out int value))
                    {
                        return value;
                    }

                    return FromDouble(reader.GetDouble());
                case JsonTokenType.String:
                    string text = reader.GetString()!;
                    if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed))
                    {
                        return parsed;
                    }

                    if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
                    {
                        return FromDouble(d);
                    }

                    throw new JsonException($"The string \"{text}\" is not an integer.");
                default:
                    throw new JsonException($"Expected an integer, found {reader.TokenType}.");
            }
        }

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options)
            => writer.WriteNumberValue(value);

        private static int FromDouble(double d)
        {
            if (d >= int.MinValue && d <= int.MaxValue && Math.Floor(d) == d)
            {
                return (int)d;
            }

            throw new JsonException($"The number {d.ToString(CultureInfo.InvariantCulture)} is not a 32-bit integer.");
        }
    }
}
