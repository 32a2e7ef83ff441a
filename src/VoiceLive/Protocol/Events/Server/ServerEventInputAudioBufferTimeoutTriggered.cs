using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>input_audio_buffer.timeout_triggered</c>: (GA protocol) server VAD's idle timeout expired with no speech; the service committed the buffer's audio as a user item and will respond to it.
    /// </summary>
    [WireEvent("input_audio_buffer.timeout_triggered", EventGroup.GaProtocol)]
    public sealed class ServerEventInputAudioBufferTimeoutTriggered : ServerEvent
    {
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventInputAudioBufferTimeoutTriggered()
            : base(WireNames.InputAudioBufferTimeoutTriggered)
        {
        }

        /// <summary>Where the committed audio starts, in milliseconds since the session's first audio (<c>audio_start_ms</c>).</summary>
        [JsonPropertyName("audio_start_ms")]
        public int AudioStartMs { get; set; }

        /// <summary>Where the committed audio ends, in milliseconds since the session's first audio (<c>audio_end_ms</c>).</summary>
        [JsonPropertyName("audio_end_ms")]
        public int AudioEndMs { get; set; }

        /// <summary>The user item (<c>item_id</c>) created from the committed audio.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }
    }
}
