using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>output_audio_buffer.cleared</c>: the server-side output audio (avatar speech) was stopped and discarded, in answer to <c>output_audio_buffer.clear</c> or because the user interrupted.
    /// </summary>
    [WireEvent("output_audio_buffer.cleared", EventGroup.Avatar)]
    public sealed class ServerEventOutputAudioBufferCleared : ServerEvent
    {
        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventOutputAudioBufferCleared()
            : base(WireNames.OutputAudioBufferCleared)
        {
        }
    }
}
