using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Text.Json;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>A content part as the service reports it (<c>part</c> of <c>response.content_part.*</c>, <c>content[]</c> of a <see cref="ResponseMessageItem"/>), discriminated by <c>type</c>.</summary>
    // The converter reads the discriminator and hands off to the concrete type's generated metadata; the attribute is
    // not inherited, so subclasses serialize with their own contracts.
    [JsonConverter(typeof(ContentPartConverter))]
    public abstract class ContentPart
    {
        private IDictionary<string, JsonElement>? _additionalProperties;
        /// <summary>Initializes the value with its discriminator.</summary>
        /// <param name="type">The wire <c>type</c>.</param>
        private protected ContentPart(ContentPartType type)
        {
            Type = type;
        }

        /// <summary>The discriminator (<c>type</c> on the wire) that says which subclass this is.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-2)]
        public ContentPartType Type { get; }

        /// <summary>
        /// Members of the JSON that this version does not model, by name, each value as it was read; they are written
        /// back unchanged, so a model read from the service round-trips whole. Add entries to send a field this version
        /// does not model (for example <c>AdditionalProperties["new_setting"] = JsonSerializer.SerializeToElement(true)</c>).
        /// </summary>
        [JsonExtensionData]
        public IDictionary<string, JsonElement> AdditionalProperties
        {
            get => _additionalProperties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            set => _additionalProperties = value;
        }
    }
}
