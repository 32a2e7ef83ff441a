using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>A recognized phrase with timings (<c>phrases[]</c> of transcription events).</summary>
    public sealed class TranscriptionPhrase
    {
        private IList<TranscriptionWord> _words = new OptionalList<TranscriptionWord>();

        /// <summary>Start of the phrase in the input audio (<c>offset_milliseconds</c>).</summary>
        [JsonPropertyName("offset_milliseconds")]
        public int OffsetMilliseconds { get; set; }

        /// <summary>Length of the phrase (<c>duration_milliseconds</c>).</summary>
        [JsonPropertyName("duration_milliseconds")]
        public int DurationMilliseconds { get; set; }

        /// <summary>The text (<c>text</c>).</summary>
        [JsonPropertyName("text")]
        public string Text { get; set; } = string.Empty;

        /// <summary>The words with timings (<c>words</c>).</summary>
        [JsonPropertyName("words")]
        public IList<TranscriptionWord> Words
        {
            get => _words;
            set => _words = value ?? new OptionalList<TranscriptionWord>();
        }

        /// <summary>The detected locale (<c>locale</c>).</summary>
        [JsonPropertyName("locale")]
        public string? Locale { get; set; }

        /// <summary>Recognition confidence, 0 to 1 (<c>confidence</c>).</summary>
        [JsonPropertyName("confidence")]
        public double? Confidence { get; set; }
    }
}
