using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VoiceLive.Sip
{
    /// <summary>The list envelope of <c>GET /voice-agent/realtime/sip/webhooks</c> (<c>SipWebhookList</c>); callers get its <c>data</c>.</summary>
    internal sealed class SipWebhookListWire
    {
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        [JsonPropertyName("data")]
        public List<SipWebhookEndpoint> Data { get; set; } = new List<SipWebhookEndpoint>();
    }
}
