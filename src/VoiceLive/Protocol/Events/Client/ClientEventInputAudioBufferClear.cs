using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>input_audio_buffer.clear</c>: discards the audio in the input audio buffer; the service answers with <c>input_audio_buffer.cleared</c>.
    /// </summary>
    [WireEvent("input_audio_buffer.clear", EventGroup.InputAudioBuffer, SentBy = "InputAudioBuffer.ClearAsync")]
    public sealed class ClientEventInputAudioBufferClear : ClientEvent
    {
        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventInputAudioBufferClear()
            : base(WireNames.InputAudioBufferClear)
        {
        }
    }
}
