using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The authenticated resource identity recorded for the resource's SIP calls (<c>call_identity</c>, <c>SipCallIdentity</c>).</summary>
    public sealed class SipCallIdentity
    {
        /// <summary>The resource's internal identifier (<c>internal_id</c>, 32 hex characters).</summary>
        [JsonPropertyName("internal_id")]
        public string InternalId { get; set; } = string.Empty;

        /// <summary>The full ARM resource identifier (<c>resource_id</c>).</summary>
        [JsonPropertyName("resource_id")]
        public string ResourceId { get; set; } = string.Empty;

        /// <summary>The Azure subscription (<c>subscription_id</c>).</summary>
        [JsonPropertyName("subscription_id")]
        public string SubscriptionId { get; set; } = string.Empty;

        /// <summary>The Azure tenant (<c>tenant_id</c>).</summary>
        [JsonPropertyName("tenant_id")]
        public string TenantId { get; set; } = string.Empty;

        /// <summary>The API Management product associated with the calls (<c>product_id</c>), when there is one.</summary>
        [JsonPropertyName("product_id")]
        public string? ProductId { get; set; }
    }
}
