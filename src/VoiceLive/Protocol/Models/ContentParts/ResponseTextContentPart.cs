using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Text from the model (<c>type</c> <c>text</c>).</summary>
    public sealed class ResponseTextContentPart : ContentPart
    {
        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public ResponseTextContentPart()
            : base(ContentPartType.Text)
        {
        }

        /// <summary>The text (<c>text</c>).</summary>
        [JsonPropertyName("text")]
        public string? Text { get; set; }
    }
}
