using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>A message the client adds to the conversation (<c>type</c> <c>message</c>); the subclass fixes its <c>role</c>.</summary>
    // Messages are told apart by role; the attribute is not inherited by the role subclasses.
    [JsonConverter(typeof(MessageItemConverter))]
    public abstract class MessageItem : ConversationRequestItem
    {
        private IList<MessageContentPart> _content = new OptionalList<MessageContentPart>();

        /// <summary>Initializes a message with its role.</summary>
        /// <param name="role">The wire <c>role</c>.</param>
        private protected MessageItem(MessageRole role)
            : base(ItemType.Message)
        {
            Role = role;
        }

        /// <summary>Who the message is from (<c>role</c>).</summary>
        [JsonPropertyName("role")]
        [JsonPropertyOrder(-1)]
        public MessageRole Role { get; }

        /// <summary>The content parts (<c>content</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("content")]
        public IList<MessageContentPart> Content
        {
            get => _content;
            set => _content = value ?? new OptionalList<MessageContentPart>();
        }

        /// <summary>The status of the item (<c>status</c>).</summary>
        [JsonPropertyName("status")]
        public ItemParamStatus? Status { get; set; }
    }
}
