using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>A recognized word with timings (<c>words[]</c> of a phrase).</summary>
    public sealed class TranscriptionWord
    {
        /// <summary>The word (<c>text</c>).</summary>
        [JsonPropertyName("text")]
        public string Text { get; set; } = string.Empty;

        /// <summary>Start of the word in the input audio (<c>offset_milliseconds</c>).</summary>
        [JsonPropertyName("offset_milliseconds")]
        public int OffsetMilliseconds { get; set; }

        /// <summary>Length of the word (<c>duration_milliseconds</c>).</summary>
        [JsonPropertyName("duration_milliseconds")]
        public int DurationMilliseconds { get; set; }
    }
}
