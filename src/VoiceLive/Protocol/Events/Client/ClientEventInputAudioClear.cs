using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>input_audio.clear</c>: (Azure extension) discards all pending input audio, including audio of open turns.
    /// </summary>
    [WireEvent("input_audio.clear", EventGroup.InputAudioTurn, SentBy = "InputAudio.ClearAsync")]
    public sealed class ClientEventInputAudioClear : ClientEvent
    {
        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventInputAudioClear()
            : base(WireNames.InputAudioClear)
        {
        }
    }
}
