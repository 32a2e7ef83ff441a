using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>A content part as the service reports it (<c>part</c> of <c>response.content_part.*</c>, <c>content[]</c> of a <see cref="ResponseMessageItem"/>), discriminated by <c>type</c>.</summary>
    // The converter reads the discriminator and hands off to the concrete type's generated metadata; the attribute is
    // not inherited, so subclasses serialize with their own contracts.
    [JsonConverter(typeof(ContentPartConverter))]
    public abstract class ContentPart
    {
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
    }
}
