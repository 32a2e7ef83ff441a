using System;
using System.Collections;
using System.Text.Json.Serialization.Metadata;
using VoiceLive.Protocol.Json.Converters;
using VoiceLive.Protocol.Models;

namespace VoiceLive.Protocol.Json
{
    /// <summary>Adjustments to the generated contracts that attributes cannot express.</summary>
    internal static class ContractModifiers
    {
        public static void Apply(JsonTypeInfo typeInfo)
        {
            if (typeInfo.Kind != JsonTypeInfoKind.Object)
            {
                return;
            }

            bool tracksNulls = typeof(IHasExplicitNulls).IsAssignableFrom(typeInfo.Type);
            foreach (JsonPropertyInfo property in typeInfo.Properties)
            {
                if (property.IsExtensionData)
                {
                    continue;
                }

                if (property.Get is not null && property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
                {
                    OmitUntouchedOptionalCollection(property);
                }
                else if (property.CustomConverter is null && property.PropertyType == typeof(System.ReadOnlyMemory<byte>))
                {
                    // Base64 audio decodes straight from the frame's bytes, and placeholder text never fails an event.
                    property.CustomConverter = Base64BytesConverter.Instance;
                }
                else if (property.CustomConverter is null && NullAsDefaultConverters.For(property.PropertyType) is { } converter)
                {
                    // Tolerance: null where a required number or boolean belongs reads as the default, not as an error.
                    property.CustomConverter = converter;
                }

                if (tracksNulls && property.Get is not null)
                {
                    WriteExplicitNullAsNull(property);
                }
            }
        }

        // A request model's setting the app assigned null goes on the wire as null (it means "off"); one it never
        // assigned stays absent (it means "unchanged"). An optional collection assigned null reads as empty to the app
        // and is written as null while nothing was added to it.
        private static void WriteExplicitNullAsNull(JsonPropertyInfo property)
        {
            string name = property.Name;
            Func<object, object?> get = property.Get!;
            Func<object, object?, bool>? previous = property.ShouldSerialize;
            property.Get = owner =>
            {
                object? value = get(owner);
                return value is IOptionalCollection { IsUndefined: true } && ((IHasExplicitNulls)owner).ExplicitNulls.Contains(name) ? null : value;
            };
            property.ShouldSerialize = (owner, value) =>
                value is null
                    ? ((IHasExplicitNulls)owner).ExplicitNulls.Contains(name)
                    : previous is null || previous(owner, value);
        }

        // A model's list and map properties start as Optional* collections: untouched means "not set", so the field is
        // left out and the service keeps its value; touched (even if now empty) or assigned means "send this".
        private static void OmitUntouchedOptionalCollection(JsonPropertyInfo property)
        {
            var previous = property.ShouldSerialize;
            property.ShouldSerialize = (owner, value) =>
                value is not null
                && !(value is IOptionalCollection { IsUndefined: true })
                && (previous is null || previous(owner, value));
        }
    }
}
