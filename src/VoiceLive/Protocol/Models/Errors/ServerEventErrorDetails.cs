using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The error of an <c>error</c> event (<c>error</c>).</summary>
    public sealed class ServerEventErrorDetails
    {
        /// <summary>The error kind (<c>type</c>), for example <c>invalid_request_error</c> or <c>server_error</c>.</summary>
        [JsonPropertyName("type")]
        public string Type { get; set; } = string.Empty;

        /// <summary>The <c>event_id</c> of the client event that caused the error.</summary>
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
