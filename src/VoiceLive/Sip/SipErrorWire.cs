using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VoiceLive.Sip
{
    /// <summary>The SIP operations' error body (<c>SipErrorResponse</c>): RFC 7807 problem details plus Voice Live members.</summary>
    internal sealed class SipErrorWire
    {
        [JsonPropertyName("type")]
        public string? Type { get; set; }

        [JsonPropertyName("title")]
        public string? Title { get; set; }

        [JsonPropertyName("status")]
        public int? Status { get; set; }

        [JsonPropertyName("detail")]
        public string? Detail { get; set; }

        [JsonPropertyName("instance")]
        public string? Instance { get; set; }

        [JsonPropertyName("code")]
        public string? Code { get; set; }

        [JsonPropertyName("retryable")]
        public bool? Retryable { get; set; }

        [JsonPropertyName("trace_id")]
        public string? TraceId { get; set; }

        [JsonPropertyName("sub_code")]
        public string? SubCode { get; set; }

        [JsonPropertyName("call_id")]
        public string? CallId { get; set; }

        [JsonPropertyName("state")]
        public string? State { get; set; }

        [JsonPropertyName("errors")]
        public Dictionary<string, List<string>>? Errors { get; set; }
    }
}
