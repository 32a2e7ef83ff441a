using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The warning of a <c>warning</c> event (<c>warning</c>).</summary>
    public sealed class ServerEventWarningDetails
    {
        /// <summary>A human-readable message (<c>message</c>).</summary>
        [JsonPropertyName("message")]
        public string Message { get; set; } = string.Empty;

        /// <summary>A machine-readable code (<c>code</c>).</summary>
        [JsonPropertyName("code")]
        public string? Code { get; set; }

        /// <summary>The parameter the warning is about (<c>param</c>).</summary>
        [JsonPropertyName("param")]
        public string? Param { get; set; }
    }
}
