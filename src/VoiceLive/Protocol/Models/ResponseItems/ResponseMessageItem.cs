using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>A message in the conversation as the service reports it (<c>type</c> <c>message</c>).</summary>
    public sealed class ResponseMessageItem : ResponseItem
    {
        private IList<ContentPart> _content = new OptionalList<ContentPart>();

        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public ResponseMessageItem()
            : base(ItemType.Message)
        {
        }

        /// <summary>Who the message is from (<c>role</c>).</summary>
        [JsonPropertyName("role")]
        public MessageRole? Role { get; set; }

        /// <summary>The content parts (<c>content</c>).</summary>
        [JsonPropertyName("content")]
        public IList<ContentPart> Content
        {
            get => _content;
            set => _content = value ?? new OptionalList<ContentPart>();
        }

        /// <summary>The state of the item (<c>status</c>).</summary>
        [JsonPropertyName("status")]
        public ResponseItemStatus? Status { get; set; }
    }
}
