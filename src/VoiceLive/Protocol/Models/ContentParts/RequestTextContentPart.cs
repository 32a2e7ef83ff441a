using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Input text in a conversation item the service reports (<c>type</c> <c>input_text</c>).</summary>
    public sealed class RequestTextContentPart : ContentPart
    {
        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public RequestTextContentPart()
            : base(ContentPartType.InputText)
        {
        }

        /// <summary>The text (<c>text</c>).</summary>
        [JsonPropertyName("text")]
        public string? Text { get; set; }
    }
}
