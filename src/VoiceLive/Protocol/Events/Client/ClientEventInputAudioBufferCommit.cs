using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>input_audio_buffer.commit</c>: commits the input audio buffer as a user message item (only needed without server VAD); the service answers with <c>input_audio_buffer.committed</c>.
    /// </summary>
    [WireEvent("input_audio_buffer.commit", EventGroup.InputAudioBuffer, SentBy = "InputAudioBuffer.CommitAsync")]
    public sealed class ClientEventInputAudioBufferCommit : ClientEvent
    {
        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventInputAudioBufferCommit()
            : base(WireNames.InputAudioBufferCommit)
        {
        }
    }
}
