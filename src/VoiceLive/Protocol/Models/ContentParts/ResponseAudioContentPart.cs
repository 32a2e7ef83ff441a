using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Audio from the model (<c>type</c> <c>audio</c>); the audio itself streams in <c>response.audio.delta</c> events.</summary>
    public sealed class ResponseAudioContentPart : ContentPart
    {
        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public ResponseAudioContentPart()
            : base(ContentPartType.Audio)
        {
        }

        /// <summary>The transcript of the audio (<c>transcript</c>).</summary>
        [JsonPropertyName("transcript")]
        public string? Transcript { get; set; }

        /// <summary>The audio bytes when the service includes them (<c>audio</c>, base64; in documentation examples only).</summary>
        [JsonPropertyName("audio")]
        public ReadOnlyMemory<byte>? Audio { get; set; }
    }
}
