using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Input audio in a conversation item the service reports (<c>type</c> <c>input_audio</c>).</summary>
    public sealed class RequestAudioContentPart : ContentPart
    {
        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public RequestAudioContentPart()
            : base(ContentPartType.InputAudio)
        {
        }

        /// <summary>The audio bytes (<c>audio</c>, base64 on the wire); the service often sends <c>null</c>.</summary>
        [JsonPropertyName("audio")]
        public ReadOnlyMemory<byte>? Audio { get; set; }

        /// <summary>The transcript (<c>transcript</c>).</summary>
        [JsonPropertyName("transcript")]
        public string? Transcript { get; set; }
    }
}
