using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The error of an <c>rtc.call.error</c> event (<c>error</c>; preview).</summary>
    public sealed class RtcCallErrorDetails
    {
        /// <summary>The error kind (<c>type</c>): <c>invalid_request_error</c> or <c>server_error</c>.</summary>
        [JsonPropertyName("type")]
        public string Type { get; set; } = string.Empty;

        /// <summary>A machine-readable code (<c>code</c>), for example <c>missing_sdp</c>.</summary>
        [JsonPropertyName("code")]
        public string? Code { get; set; }

        /// <summary>A human-readable message (<c>message</c>).</summary>
        [JsonPropertyName("message")]
        public string Message { get; set; } = string.Empty;
    }
}
