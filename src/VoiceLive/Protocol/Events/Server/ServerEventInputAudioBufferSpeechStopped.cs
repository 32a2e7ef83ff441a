using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>input_audio_buffer.speech_stopped</c>: server VAD detected the end of speech in the input audio buffer; a commit and a user item follow.
    /// </summary>
    [WireEvent("input_audio_buffer.speech_stopped", EventGroup.InputAudioBuffer)]
    public sealed class ServerEventInputAudioBufferSpeechStopped : ServerEvent
    {
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventInputAudioBufferSpeechStopped()
            : base(WireNames.InputAudioBufferSpeechStopped)
        {
        }

        /// <summary>Where speech ended, in milliseconds since the session's first audio was written to the buffer (<c>audio_end_ms</c>).</summary>
        [JsonPropertyName("audio_end_ms")]
        public int AudioEndMs { get; set; }

        /// <summary>The user message item (<c>item_id</c>) that will hold this speech.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }
    }
}
