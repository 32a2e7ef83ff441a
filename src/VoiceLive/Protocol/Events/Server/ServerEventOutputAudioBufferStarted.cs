using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>output_audio_buffer.started</c>: (preview, unverified for Voice Live) the service started playing a response's audio from its output buffer (WebRTC/avatar).
    /// </summary>
    [WireEvent("output_audio_buffer.started", EventGroup.Avatar)]
    public sealed class ServerEventOutputAudioBufferStarted : ServerEvent
    {
        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventOutputAudioBufferStarted()
            : base(WireNames.OutputAudioBufferStarted)
        {
        }

        /// <summary>The response (<c>response_id</c>) whose audio started playing, when the service sends it.</summary>
        [JsonPropertyName("response_id")]
        public string? ResponseId { get; set; }
    }
}
