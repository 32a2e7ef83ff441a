using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>
    /// For a session setting where <c>null</c> on the wire means "off" (not "unchanged"): reads <c>null</c> as the type's
    /// <c>Disabled</c> instance and writes that instance as <c>null</c>. Applied to the session properties only; the
    /// type's own contract has no converter, so delegating to it here does not recurse.
    /// </summary>
    /// <typeparam name="T">The setting's type.</typeparam>
    internal abstract class NullMeansDisabledConverter<T> : JsonConverter<T>
        where T : class
    {
        public override bool HandleNull => true;

        /// <summary>The instance that stands for <c>null</c>.</summary>
        protected abstract T Disabled { get; }

        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return Disabled;
            }

            return JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (ReferenceEquals(value, Disabled))
            {
                writer.WriteNullValue();
                return;
            }

            JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        }
    }
}
