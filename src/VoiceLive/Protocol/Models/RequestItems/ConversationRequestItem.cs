using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Text.Json;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>An item the client adds to the conversation (<c>item</c> of <c>conversation.item.create</c>, <c>append_input_items</c> and <c>input_items</c> of <c>response.create</c>), discriminated by <c>type</c> and, for messages, <c>role</c>. A type or role this version does not know reads as <see cref="UnknownConversationRequestItem"/>.</summary>
    // The converter reads the discriminator and hands off to the concrete type's generated metadata; the attribute is
    // not inherited, so subclasses serialize with their own contracts.
    [JsonConverter(typeof(ConversationRequestItemConverter))]
    public abstract class ConversationRequestItem
    {
        private IDictionary<string, JsonElement>? _additionalProperties;
        /// <summary>Initializes the value with its discriminator.</summary>
        /// <param name="type">The wire <c>type</c>.</param>
        private protected ConversationRequestItem(ItemType type)
        {
            Type = type;
        }

        /// <summary>The discriminator (<c>type</c> on the wire) that says which subclass this is.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-2)]
        public ItemType Type { get; }

        /// <summary>The item id (<c>id</c>); the service assigns one when it is not set.</summary>
        [JsonPropertyName("id")]
        [JsonPropertyOrder(-1)]
        public string? Id { get; set; }

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
