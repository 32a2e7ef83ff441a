using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>One SIP header of the call's INVITE (<c>sip_headers[]</c> of a webhook event), for example <c>From</c> or <c>To</c>.</summary>
    public sealed class SipHeader
    {
        /// <summary>The header name (<c>name</c>).</summary>
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;

        /// <summary>The header value (<c>value</c>).</summary>
        [JsonPropertyName("value")]
        public string Value { get; set; } = string.Empty;
    }
}
