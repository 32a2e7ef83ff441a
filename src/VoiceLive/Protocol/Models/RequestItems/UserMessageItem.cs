using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>A message with <c>role</c> <c>user</c>. Its content takes <see cref="InputTextContentPart"/>, <see cref="InputAudioContentPart"/> and <see cref="InputImageContentPart"/>.</summary>
    public sealed class UserMessageItem : MessageItem
    {
        /// <summary>Creates an empty user message; add content parts to <see cref="MessageItem.Content"/>.</summary>
        public UserMessageItem()
            : base(MessageRole.User)
        {
        }

        /// <summary>Creates a user message with the given content parts.</summary>
        /// <param name="content">The content parts (<c>content</c>).</param>
        public UserMessageItem(IEnumerable<MessageContentPart> content)
            : base(MessageRole.User)
        {
            if (content is null)
            {
                throw new ArgumentNullException(nameof(content));
            }

            foreach (MessageContentPart part in content)
            {
                Content.Add(part);
            }
        }

        /// <summary>Creates a user message with one text part.</summary>
        /// <param name="text">The text.</param>
        public UserMessageItem(string text)
            : this(new MessageContentPart[] { new InputTextContentPart(text) })
        {
        }
    }
}
