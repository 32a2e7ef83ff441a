using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>input_audio_buffer.committed</c>: the input audio buffer was committed (by <c>input_audio_buffer.commit</c> or by server VAD) and turned into a user message item.
    /// </summary>
    [WireEvent("input_audio_buffer.committed", EventGroup.InputAudioBuffer)]
    public sealed class ServerEventInputAudioBufferCommitted : ServerEvent
    {
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventInputAudioBufferCommitted()
            : base(WireNames.InputAudioBufferCommitted)
        {
        }

        /// <summary>The item (<c>previous_item_id</c>) that precedes this one in the conversation; null when it is the first.</summary>
        [JsonPropertyName("previous_item_id")]
        public string? PreviousItemId { get; set; }

        /// <summary>The user message item (<c>item_id</c>) created from the committed audio.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }
    }
}
