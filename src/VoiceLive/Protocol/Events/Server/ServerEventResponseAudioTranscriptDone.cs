using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.audio_transcript.done</c>: the transcript of an assistant audio content part is complete; carries the whole transcript.
    /// </summary>
    [WireEvent("response.audio_transcript.done", EventGroup.Responses, GaAlias = "response.output_audio_transcript.done")]
    public sealed class ServerEventResponseAudioTranscriptDone : ServerEvent
    {
        private string _responseId = string.Empty;
        private string _itemId = string.Empty;
        private string _transcript = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseAudioTranscriptDone()
            : base(WireNames.ResponseAudioTranscriptDone)
        {
        }

        /// <summary>The response (<c>response_id</c>) this event belongs to.</summary>
        [JsonPropertyName("response_id")]
        public string ResponseId
        {
            get => _responseId;
            set => _responseId = value ?? string.Empty;
        }

        /// <summary>The output item (<c>item_id</c>) this event belongs to.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }

        /// <summary>The index of the item in the response's <c>output</c> (<c>output_index</c>).</summary>
        [JsonPropertyName("output_index")]
        public int OutputIndex { get; set; }

        /// <summary>The index of the content part within the item's <c>content</c> (<c>content_index</c>).</summary>
        [JsonPropertyName("content_index")]
        public int ContentIndex { get; set; }

        /// <summary>The complete transcript of the audio content part (<c>transcript</c>).</summary>
        [JsonPropertyName("transcript")]
        public string Transcript
        {
            get => _transcript;
            set => _transcript = value ?? string.Empty;
        }
    }
}
