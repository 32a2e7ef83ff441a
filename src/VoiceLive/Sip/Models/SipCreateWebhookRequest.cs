using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The body of <c>POST /voice-agent/realtime/sip/webhooks</c> (<c>SipCreateWebhookRequest</c>).</summary>
    public sealed class SipCreateWebhookRequest
    {
        /// <summary>Creates a request for the endpoint that receives the deliveries.</summary>
        /// <param name="url">The HTTPS URL that receives webhook deliveries (<c>url</c>).</param>
        public SipCreateWebhookRequest(Uri url)
        {
            Url = url ?? throw new ArgumentNullException(nameof(url));
        }

        /// <summary>The HTTPS URL that receives webhook deliveries (<c>url</c>).</summary>
        [JsonPropertyName("url")]
        public Uri Url { get; set; }

        /// <summary>A human-readable name (<c>name</c>, at most 128 characters).</summary>
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        /// <summary>
        /// The event types to deliver (<c>event_types</c>), for example <c>realtime.call.incoming</c>; left empty, the
        /// service subscribes to every type (<c>["*"]</c>).
        /// </summary>
        [JsonPropertyName("event_types")]
        public IList<string> EventTypes { get; set; } = new List<string>();

        /// <summary>Support metadata (<c>support_info</c>).</summary>
        [JsonPropertyName("support_info")]
        public SipWebhookSupportInfo? SupportInfo { get; set; }
    }
}
