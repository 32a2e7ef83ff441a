using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.audio_transcript.delta</c>: a chunk of the transcript of the assistant's audio output.
    /// </summary>
    [WireEvent("response.audio_transcript.delta", EventGroup.Responses, GaAlias = "response.output_audio_transcript.delta")]
    public sealed class ServerEventResponseAudioTranscriptDelta : ServerEvent
    {
        private string _responseId = string.Empty;
        private string _itemId = string.Empty;
        private string _delta = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseAudioTranscriptDelta()
            : base(WireNames.ResponseAudioTranscriptDelta)
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

        /// <summary>The new chunk of transcript (<c>delta</c>); append it to the previous chunks.</summary>
        [JsonPropertyName("delta")]
        public string Delta
        {
            get => _delta;
            set => _delta = value ?? string.Empty;
        }
    }
}
