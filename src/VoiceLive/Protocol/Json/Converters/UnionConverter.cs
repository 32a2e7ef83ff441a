using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>
    /// Reads and writes a discriminated union: an abstract base whose subclasses are told apart by a string property
    /// (<c>type</c>, <c>model</c>, <c>role</c>). Reading looks ahead on a copy of the reader for the discriminator,
    /// wherever it appears in the object, then deserializes the concrete subclass with its generated metadata. An
    /// unknown discriminator gives the union's Unknown* member, which keeps the raw JSON and writes it back verbatim.
    /// </summary>
    /// <typeparam name="TBase">The union's base type.</typeparam>
    internal abstract class UnionConverter<TBase> : JsonConverter<TBase>
        where TBase : class
    {
        /// <summary>The concrete type for an object, or null when its discriminator is unknown or missing.</summary>
        /// <param name="reader">A reader positioned on the object's StartObject; a copy, free to scan.</param>
        protected abstract Type? Resolve(Utf8JsonReader reader);

        /// <summary>Wraps an object this version cannot type.</summary>
        protected abstract TBase CreateUnknown(Utf8JsonReader reader, BinaryData rawJson);

        /// <summary>Reads a JSON value that is not an object (for example the legacy string voice). Throws by default.</summary>
        protected virtual TBase? ReadNonObject(ref Utf8JsonReader reader, JsonSerializerOptions options)
            => throw new JsonException($"Expected a JSON object for {typeof(TBase).Name}, found {reader.TokenType}.");

        /// <summary>Writes a value in a form other than its object contract; returns false to use the contract.</summary>
        protected virtual bool TryWriteSpecial(Utf8JsonWriter writer, TBase value) => false;

        public override TBase? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return ReadNonObject(ref reader, options);
            }

            // Utf8JsonReader is a struct: passing it by value scans a copy and leaves ours on StartObject.
            Type? concrete = Resolve(reader);
            if (concrete is null)
            {
                Utf8JsonReader copy = reader;
                return CreateUnknown(copy, JsonRaw.ReadValue(ref reader));
            }

            return (TBase?)JsonSerializer.Deserialize(ref reader, options.GetTypeInfo(concrete));
        }

        public override void Write(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options)
        {
            if (value is null)
            {
                // A converter that handles null is handed the null of a property the app set to null (see ExplicitNulls).
                writer.WriteNullValue();
                return;
            }

            if (value is IUnknownUnionMember unknown)
            {
                JsonRaw.WriteValue(writer, unknown.RawJson);
                return;
            }

            if (TryWriteSpecial(writer, value))
            {
                return;
            }

            // The runtime type's own metadata: subclasses carry no converter attribute, so this never recurses here.
            JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
        }

        /// <summary>
        /// The string value of the object's top-level property <paramref name="name"/>, or null when it is missing or not a
        /// string. <paramref name="reader"/> is a copy positioned on StartObject.
        /// </summary>
        protected static string? FindString(Utf8JsonReader reader, string name)
        {
            int depth = reader.CurrentDepth;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth)
                {
                    return null;
                }

                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1)
                {
                    bool match = reader.ValueTextEquals(name);
                    reader.Read();
                    if (match && reader.TokenType == JsonTokenType.String)
                    {
                        return reader.GetString();
                    }

                    reader.Skip();
                }
            }

            return null;
        }
    }
}
