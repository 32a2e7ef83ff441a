using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.animation_blendshapes.done</c>: all blendshape frames of an output item were sent.
    /// </summary>
    [WireEvent("response.animation_blendshapes.done", EventGroup.Avatar)]
    public sealed class ServerEventResponseAnimationBlendshapesDone : ServerEvent
    {
        private string _responseId = string.Empty;
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseAnimationBlendshapesDone()
            : base(WireNames.ResponseAnimationBlendshapesDone)
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
    }
}
