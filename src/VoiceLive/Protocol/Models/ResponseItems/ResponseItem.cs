using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>A conversation item as the service reports it (<c>item</c> of <c>conversation.item.created</c> and <c>response.output_item.*</c>, <c>output[]</c> of a response), discriminated by <c>type</c>. A type this version does not know reads as <see cref="UnknownResponseItem"/>.</summary>
    // The converter reads the discriminator and hands off to the concrete type's generated metadata; the attribute is
    // not inherited, so subclasses serialize with their own contracts.
    [JsonConverter(typeof(ResponseItemConverter))]
    public abstract class ResponseItem
    {
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
    }
}
