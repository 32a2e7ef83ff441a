using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// The body of <c>POST /voice-agent/realtime/sip/webhooks/{webhook_id}</c> (<c>SipUpdateWebhookRequest</c>): only the
    /// members set are sent, the service keeps the others.
    /// </summary>
    public sealed class SipUpdateWebhookRequest
    {
        /// <summary>The new name (<c>name</c>), or null to keep it.</summary>
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        /// <summary>The new HTTPS URL (<c>url</c>), or null to keep it.</summary>
        [JsonPropertyName("url")]
        public Uri? Url { get; set; }

        /// <summary>The new event types (<c>event_types</c>), or null to keep them.</summary>
        [JsonPropertyName("event_types")]
        public IList<string>? EventTypes { get; set; }

        /// <summary>Whether deliveries are made (<c>enabled</c>), or null to keep the setting.</summary>
        [JsonPropertyName("enabled")]
        public bool? Enabled { get; set; }

        /// <summary>The new support metadata (<c>support_info</c>), or null to keep it.</summary>
        [JsonPropertyName("support_info")]
        public SipWebhookSupportInfo? SupportInfo { get; set; }
    }
}
