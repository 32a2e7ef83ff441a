using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Text in an assistant message (<c>type</c> <c>text</c>).</summary>
    public sealed class OutputTextContentPart : MessageContentPart
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public OutputTextContentPart()
            : base(ContentPartType.Text)
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="text">The text (<c>text</c>).</param>
        public OutputTextContentPart(string text)
            : base(ContentPartType.Text)
        {
            Text = text ?? throw new ArgumentNullException(nameof(text));
        }

        /// <summary>The text (<c>text</c>).</summary>
        [JsonPropertyName("text")]
        public string Text { get; set; } = string.Empty;
    }
}
