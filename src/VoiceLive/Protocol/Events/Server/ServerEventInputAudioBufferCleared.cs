using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>input_audio_buffer.cleared</c>: the input audio buffer was emptied in answer to <c>input_audio_buffer.clear</c>.
    /// </summary>
    [WireEvent("input_audio_buffer.cleared", EventGroup.InputAudioBuffer)]
    public sealed class ServerEventInputAudioBufferCleared : ServerEvent
    {
        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventInputAudioBufferCleared()
            : base(WireNames.InputAudioBufferCleared)
        {
        }
    }
}
