using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>input_audio_buffer.speech_started</c>: server VAD detected the start of speech in the input audio buffer; a good moment to stop playing the assistant's audio (barge-in).
    /// </summary>
    [WireEvent("input_audio_buffer.speech_started", EventGroup.InputAudioBuffer)]
    public sealed class ServerEventInputAudioBufferSpeechStarted : ServerEvent
    {
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventInputAudioBufferSpeechStarted()
            : base(WireNames.InputAudioBufferSpeechStarted)
        {
        }

        /// <summary>Where speech started, in milliseconds since the session's first audio was written to the buffer (<c>audio_start_ms</c>).</summary>
        [JsonPropertyName("audio_start_ms")]
        public int AudioStartMs { get; set; }

        /// <summary>The user message item (<c>item_id</c>) that will hold this speech once it is committed.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }
    }
}
