using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The error of <c>conversation.item.input_audio_transcription.failed</c> (<c>error</c>).</summary>
    public sealed class VoiceLiveErrorDetails
    {
        /// <summary>The error kind (<c>type</c>).</summary>
        [JsonPropertyName("type")]
        public string? Type { get; set; }

        /// <summary>The client event that caused the error (<c>event_id</c>).</summary>
        [JsonPropertyName("event_id")]
        public string? EventId { get; set; }

        /// <summary>A machine-readable code (<c>code</c>).</summary>
        [JsonPropertyName("code")]
        public string? Code { get; set; }

        /// <summary>A human-readable message (<c>message</c>).</summary>
        [JsonPropertyName("message")]
        public string Message { get; set; } = string.Empty;

        /// <summary>The parameter the error is about (<c>param</c>).</summary>
        [JsonPropertyName("param")]
        public string? Param { get; set; }
    }
}
