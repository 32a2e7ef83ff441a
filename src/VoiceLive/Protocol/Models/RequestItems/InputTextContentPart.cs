using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Text in a system or user message (<c>type</c> <c>input_text</c>).</summary>
    public sealed class InputTextContentPart : MessageContentPart
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public InputTextContentPart()
            : base(ContentPartType.InputText)
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="text">The text (<c>text</c>).</param>
        public InputTextContentPart(string text)
            : base(ContentPartType.InputText)
        {
            Text = text ?? throw new ArgumentNullException(nameof(text));
        }

        /// <summary>The text (<c>text</c>).</summary>
        [JsonPropertyName("text")]
        public string Text { get; set; } = string.Empty;
    }
}
