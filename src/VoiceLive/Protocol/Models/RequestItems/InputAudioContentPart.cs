using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Audio in a user message (<c>type</c> <c>input_audio</c>).</summary>
    public sealed class InputAudioContentPart : MessageContentPart
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public InputAudioContentPart()
            : base(ContentPartType.InputAudio)
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="audio">The audio bytes in the session's input format (<c>audio</c>, base64 on the wire).</param>
        public InputAudioContentPart(ReadOnlyMemory<byte> audio)
            : base(ContentPartType.InputAudio)
        {
            Audio = audio;
        }

        /// <summary>The audio bytes in the session's input format (<c>audio</c>, base64 on the wire).</summary>
        [JsonPropertyName("audio")]
        public ReadOnlyMemory<byte> Audio { get; set; }

        /// <summary>A transcript of the audio (<c>transcript</c>).</summary>
        [JsonPropertyName("transcript")]
        public string? Transcript { get; set; }
    }
}
