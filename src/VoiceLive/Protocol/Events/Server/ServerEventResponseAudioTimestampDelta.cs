using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.audio_timestamp.delta</c>: the timing of one word of the assistant's audio (session <c>output_audio_timestamp_types</c> includes <c>word</c>).
    /// </summary>
    [WireEvent("response.audio_timestamp.delta", EventGroup.Responses)]
    public sealed class ServerEventResponseAudioTimestampDelta : ServerEvent
    {
        private string _responseId = string.Empty;
        private string _itemId = string.Empty;
        private string _text = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseAudioTimestampDelta()
            : base(WireNames.ResponseAudioTimestampDelta)
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

        /// <summary>Where in the response's audio this starts, in milliseconds from its beginning (<c>audio_offset_ms</c>).</summary>
        [JsonPropertyName("audio_offset_ms")]
        public int AudioOffsetMs { get; set; }

        /// <summary>How long the word lasts in the audio, in milliseconds (<c>audio_duration_ms</c>).</summary>
        [JsonPropertyName("audio_duration_ms")]
        public int AudioDurationMs { get; set; }

        /// <summary>The word spoken at this time (<c>text</c>).</summary>
        [JsonPropertyName("text")]
        public string Text
        {
            get => _text;
            set => _text = value ?? string.Empty;
        }

        /// <summary>The unit being timed (<c>timestamp_type</c>); <c>word</c> today.</summary>
        [JsonPropertyName("timestamp_type")]
        public AudioTimestampType TimestampType { get; set; }
    }
}
