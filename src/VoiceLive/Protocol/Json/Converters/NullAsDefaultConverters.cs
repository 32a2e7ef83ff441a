using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>
    /// Converters for required numbers and booleans that read JSON <c>null</c> as the type's default instead of failing
    /// the whole event (tolerance: the service sometimes sends null where the spec says integer). Numbers in strings are
    /// read too, as the options' <c>AllowReadingFromString</c> does for built-in converters, which this replaces.
    /// </summary>
    internal static class NullAsDefaultConverters
    {
        /// <summary>The converter for a property type, or null when the type needs none.</summary>
        public static JsonConverter? For(Type type)
        {
            if (type == typeof(int))
            {
                return Int32.Instance;
            }

            if (type == typeof(long))
            {
                return Int64.Instance;
            }

            if (type == typeof(double))
            {
                return Double.Instance;
            }

            if (type == typeof(bool))
            {
                return Boolean.Instance;
            }

            return null;
        }

        internal sealed class Int32 : JsonConverter<int>
        {
            public static readonly Int32 Instance = new Int32();

            public override bool HandleNull => true;

            public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
            {
                JsonTokenType.Null => 0,
                JsonTokenType.String => int.Parse(reader.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture),
                _ => reader.GetInt32(),
            };

            public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
        }

        internal sealed class Int64 : JsonConverter<long>
        {
            public static readonly Int64 Instance = new Int64();

            public override bool HandleNull => true;

            public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
            {
                JsonTokenType.Null => 0,
                JsonTokenType.String => long.Parse(reader.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture),
                _ => reader.GetInt64(),
            };

            public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
        }

        internal sealed class Double : JsonConverter<double>
        {
            public static readonly Double Instance = new Double();

            public override bool HandleNull => true;

            public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
            {
                JsonTokenType.Null => 0,
                JsonTokenType.String => double.Parse(reader.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture),
                _ => reader.GetDouble(),
            };

            public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
        }

        internal sealed class Boolean : JsonConverter<bool>
        {
            public static readonly Boolean Instance = new Boolean();

            public override bool HandleNull => true;

            public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
                => reader.TokenType != JsonTokenType.Null && reader.GetBoolean();

            public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
        }
    }
}
