using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>output_audio_buffer.clear</c>: (avatar sessions) stops and discards the audio the service is still playing; the service answers with <c>output_audio_buffer.cleared</c>.
    /// </summary>
    [WireEvent("output_audio_buffer.clear", EventGroup.Avatar, SentBy = "OutputAudioBuffer.ClearAsync")]
    public sealed class ClientEventOutputAudioBufferClear : ClientEvent
    {
        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventOutputAudioBufferClear()
            : base(WireNames.OutputAudioBufferClear)
        {
        }
    }
}
