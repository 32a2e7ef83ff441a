using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>A webhook registration (<c>webhook.endpoint</c>, <c>SipWebhookEndpoint</c>).</summary>
    public sealed class SipWebhookEndpoint
    {
        /// <summary>The object type (<c>object</c>), always <c>webhook.endpoint</c>.</summary>
        [JsonPropertyName("object")]
        public string Object { get; set; } = "webhook.endpoint";

        /// <summary>The registration's identifier (<c>id</c>, prefixed <c>wh_</c>).</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary>The human-readable name (<c>name</c>).</summary>
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        /// <summary>The HTTPS URL that receives deliveries (<c>url</c>).</summary>
        [JsonPropertyName("url")]
        public Uri? Url { get; set; }

        /// <summary>The subscribed event types (<c>event_types</c>); <c>*</c> is every type.</summary>
        [JsonPropertyName("event_types")]
        public IList<string> EventTypes { get; set; } = new List<string>();

        /// <summary>The support metadata (<c>support_info</c>).</summary>
        [JsonPropertyName("support_info")]
        public SipWebhookSupportInfo? SupportInfo { get; set; }

        /// <summary>Whether deliveries are made (<c>enabled</c>).</summary>
        [JsonPropertyName("enabled")]
        public bool Enabled { get; set; }

        /// <summary>When the registration was created (<c>created_at</c>, Unix seconds on the wire).</summary>
        [JsonPropertyName("created_at")]
        [JsonConverter(typeof(UnixSecondsConverter))]
        public DateTimeOffset? CreatedAt { get; set; }

        /// <summary>When the registration was last changed (<c>updated_at</c>, Unix seconds on the wire).</summary>
        [JsonPropertyName("updated_at")]
        [JsonConverter(typeof(UnixSecondsConverter))]
        public DateTimeOffset? UpdatedAt { get; set; }

        /// <summary>
        /// The full signing secret (<c>signing_secret</c>, <c>whsec_…</c>), returned only by create and rotate: store it
        /// where secrets go and hand it to <see cref="SipWebhookValidator"/>. The library never logs it.
        /// </summary>
        [JsonPropertyName("signing_secret")]
        public string? SigningSecret { get; set; }

        /// <summary>A non-sensitive hint of the stored secret (<c>signing_secret_hint</c>), to tell secrets apart.</summary>
        [JsonPropertyName("signing_secret_hint")]
        public string? SigningSecretHint { get; set; }
    }
}
