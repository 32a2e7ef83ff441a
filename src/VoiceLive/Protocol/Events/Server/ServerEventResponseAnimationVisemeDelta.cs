using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.animation_viseme.delta</c>: one viseme (mouth shape) of the assistant's audio and when it occurs (session <c>animation.outputs</c> includes <c>viseme_id</c>).
    /// </summary>
    [WireEvent("response.animation_viseme.delta", EventGroup.Avatar)]
    public sealed class ServerEventResponseAnimationVisemeDelta : ServerEvent
    {
        private string _responseId = string.Empty;
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseAnimationVisemeDelta()
            : base(WireNames.ResponseAnimationVisemeDelta)
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

        /// <summary>The viseme (<c>viseme_id</c>), an Azure Speech viseme ID (0–21) naming the mouth shape.</summary>
        [JsonPropertyName("viseme_id")]
        public int VisemeId { get; set; }
    }
}
