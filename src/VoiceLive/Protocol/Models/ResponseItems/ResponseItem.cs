using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Text.Json;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>A conversation item as the service reports it (<c>item</c> of <c>conversation.item.created</c> and <c>response.output_item.*</c>, <c>output[]</c> of a response), discriminated by <c>type</c>. A type this version does not know reads as <see cref="UnknownResponseItem"/>.</summary>
    // The converter reads the discriminator and hands off to the concrete type's generated metadata; the attribute is
    // not inherited, so subclasses serialize with their own contracts.
    [JsonConverter(typeof(ResponseItemConverter))]
    public abstract class ResponseItem
    {
        private IDictionary<string, JsonElement>? _additionalProperties;
        /// <summary>Initializes the value with its discriminator.</summary>
        /// <param name="type">The wire <c>type</c>.</param>
        private protected ResponseItem(ItemType type)
        {
            Type = type;
        }

        /// <summary>The discriminator (<c>type</c> on the wire) that says which subclass this is.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-2)]
        public ItemType Type { get; }

        /// <summary>The item id (<c>id</c>).</summary>
        [JsonPropertyName("id")]
        [JsonPropertyOrder(-1)]
        public string? Id { get; set; }

        /// <summary>The object kind (<c>object</c>), <c>realtime.item</c>.</summary>
        [JsonPropertyName("object")]
        [JsonPropertyOrder(-1)]
        public string? Object { get; set; }

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
