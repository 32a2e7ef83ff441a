using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>A message with <c>role</c> <c>assistant</c>. Its content takes <see cref="OutputTextContentPart"/>.</summary>
    public sealed class AssistantMessageItem : MessageItem
    {
        /// <summary>Creates an empty assistant message; add content parts to <see cref="MessageItem.Content"/>.</summary>
        public AssistantMessageItem()
            : base(MessageRole.Assistant)
        {
        }

        /// <summary>Creates a assistant message with the given content parts.</summary>
        /// <param name="content">The content parts (<c>content</c>).</param>
        public AssistantMessageItem(IEnumerable<MessageContentPart> content)
            : base(MessageRole.Assistant)
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

        /// <summary>Creates a assistant message with one text part.</summary>
        /// <param name="text">The text.</param>
        public AssistantMessageItem(string text)
            : this(new MessageContentPart[] { new OutputTextContentPart(text) })
        {
        }
    }
}
