using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>input_audio_buffer.append</c>: adds audio to the input audio buffer, in the session's <c>input_audio_format</c>. With server VAD the service commits the buffer itself; otherwise send <c>input_audio_buffer.commit</c>.
    /// </summary>
    [WireEvent("input_audio_buffer.append", EventGroup.InputAudioBuffer, SentBy = "InputAudioBuffer.AppendAsync")]
    public sealed class ClientEventInputAudioBufferAppend : ClientEvent
    {
        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventInputAudioBufferAppend()
            : base(WireNames.InputAudioBufferAppend)
        {
        }

        /// <summary>Creates the event with its required fields.</summary>
        /// <param name="audio">The audio bytes (<c>audio</c>), in the session's <c>input_audio_format</c>; written to the wire as base64.</param>
        public ClientEventInputAudioBufferAppend(ReadOnlyMemory<byte> audio)
            : this()
        {
            Audio = audio;
        }

        /// <summary>The audio bytes (<c>audio</c>), in the session's <c>input_audio_format</c>; written to the wire as base64.</summary>
        [JsonPropertyName("audio")]
        public ReadOnlyMemory<byte> Audio { get; set; }
    }
}
