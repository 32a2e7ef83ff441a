using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>A message with <c>role</c> <c>system</c>. Its content takes <see cref="InputTextContentPart"/>.</summary>
    public sealed class SystemMessageItem : MessageItem
    {
        /// <summary>Creates an empty system message; add content parts to <see cref="MessageItem.Content"/>.</summary>
        public SystemMessageItem()
            : base(MessageRole.System)
        {
        }

        /// <summary>Creates a system message with the given content parts.</summary>
        /// <param name="content">The content parts (<c>content</c>).</param>
        public SystemMessageItem(IEnumerable<MessageContentPart> content)
            : base(MessageRole.System)
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

        /// <summary>Creates a system message with one text part.</summary>
        /// <param name="text">The text.</param>
        public SystemMessageItem(string text)
            : this(new MessageContentPart[] { new InputTextContentPart(text) })
        {
        }
    }
}
