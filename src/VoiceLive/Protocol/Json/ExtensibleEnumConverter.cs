using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceLive.Protocol.Json
{
    /// <summary>
    /// Reads and writes an extensible string enum (a <c>readonly struct</c> wrapping its wire string). Any string
    /// round-trips, so a value the service adds tomorrow never fails an event.
    /// </summary>
    /// <typeparam name="T">The enum struct.</typeparam>
    internal abstract class ExtensibleEnumConverter<T> : JsonConverter<T>
        where T : struct
    {
        /// <summary>Wraps a wire string in the enum struct.</summary>
        protected abstract T Create(string value);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return Create(reader.GetString()!);
                case JsonTokenType.Null:
                    return default;
                case JsonTokenType.Number:
                case JsonTokenType.True:
                case JsonTokenType.False:
                    // Tolerance: a scalar of another JSON type keeps its text rather than failing the event.
                    return Create(System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray()));
                default:
                    throw new JsonException($"Expected a string for {typeof(T).Name}, found {reader.TokenType}.");
            }
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
            => writer.WriteStringValue(value.ToString());
    }
}
