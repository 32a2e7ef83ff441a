using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>output_audio_buffer.stopped</c>: (preview, unverified for Voice Live) the service's output audio buffer finished playing or was cleared.
    /// </summary>
    [WireEvent("output_audio_buffer.stopped", EventGroup.Avatar)]
    public sealed class ServerEventOutputAudioBufferStopped : ServerEvent
    {
        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventOutputAudioBufferStopped()
            : base(WireNames.OutputAudioBufferStopped)
        {
        }

        /// <summary>The response (<c>response_id</c>) whose audio stopped, when the service sends it.</summary>
        [JsonPropertyName("response_id")]
        public string? ResponseId { get; set; }
    }
}
