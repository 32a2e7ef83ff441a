using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>conversation.item.input_audio_transcription.segment</c>: (GA protocol) one finished segment of the transcription of a user audio item, with its speaker and time span, for transcription models that diarize.
    /// </summary>
    [WireEvent("conversation.item.input_audio_transcription.segment", EventGroup.GaProtocol)]
    public sealed class ServerEventConversationItemInputAudioTranscriptionSegment : ServerEvent
    {
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventConversationItemInputAudioTranscriptionSegment()
            : base(WireNames.ConversationItemInputAudioTranscriptionSegment)
        {
        }

        /// <summary>The user audio item (<c>item_id</c>) being transcribed.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }

        /// <summary>The index of the audio content part being transcribed (<c>content_index</c>).</summary>
        [JsonPropertyName("content_index")]
        public int? ContentIndex { get; set; }

        /// <summary>The segment's id (<c>id</c>).</summary>
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        /// <summary>The segment's text (<c>text</c>).</summary>
        [JsonPropertyName("text")]
        public string? Text { get; set; }

        /// <summary>The speaker the model attributed the segment to (<c>speaker</c>).</summary>
        [JsonPropertyName("speaker")]
        public string? Speaker { get; set; }

        /// <summary>Where the segment starts in the item's audio, in seconds (<c>start</c>).</summary>
        [JsonPropertyName("start")]
        public double? Start { get; set; }

        /// <summary>Where the segment ends in the item's audio, in seconds (<c>end</c>).</summary>
        [JsonPropertyName("end")]
        public double? End { get; set; }
    }
}
