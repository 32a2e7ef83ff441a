using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>
    /// Maps a free-form JSON value (<c>any</c> in the protocol: JSON schemas, error objects) to <see cref="BinaryData"/>
    /// holding its JSON text, and writes that text back as is.
    /// </summary>
    internal sealed class RawJsonConverter : JsonConverter<BinaryData>
    {
        public override BinaryData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => JsonRaw.ReadValue(ref reader);

        public override void Write(Utf8JsonWriter writer, BinaryData value, JsonSerializerOptions options)
            => JsonRaw.WriteValue(writer, value);

        /// <summary>A string field of a raw JSON error; see <see cref="JsonRaw.ReadStringProperty"/>.</summary>
        internal static string? ReadErrorField(BinaryData? error, string name, bool fallbackToText)
            => JsonRaw.ReadStringProperty(error, name, fallbackToText);
    }
}
