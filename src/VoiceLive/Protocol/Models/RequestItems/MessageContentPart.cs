using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>A content part of a message the client sends (<c>content[]</c> of a message item), discriminated by <c>type</c>. System messages take <c>input_text</c>, user messages <c>input_text</c>, <c>input_audio</c> and <c>input_image</c>, assistant messages <c>text</c>.</summary>
    // The converter reads the discriminator and hands off to the concrete type's generated metadata; the attribute is
    // not inherited, so subclasses serialize with their own contracts.
    [JsonConverter(typeof(MessageContentPartConverter))]
    public abstract class MessageContentPart
    {
        /// <summary>Initializes the value with its discriminator.</summary>
        /// <param name="type">The wire <c>type</c>.</param>
        private protected MessageContentPart(ContentPartType type)
        {
            Type = type;
        }

        /// <summary>The discriminator (<c>type</c> on the wire) that says which subclass this is.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-2)]
        public ContentPartType Type { get; }
    }
}
