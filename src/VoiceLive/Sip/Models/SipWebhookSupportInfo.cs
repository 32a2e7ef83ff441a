using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Support metadata of a webhook registration (<c>support_info</c>, <c>SipWebhookSupportInfo</c>).</summary>
    public sealed class SipWebhookSupportInfo
    {
        /// <summary>The support contact's display name (<c>display_name</c>, at most 128 characters).</summary>
        [JsonPropertyName("display_name")]
        public string? DisplayName { get; set; }

        /// <summary>The support contact's email address (<c>contact_email</c>, at most 320 characters).</summary>
        [JsonPropertyName("contact_email")]
        public string? ContactEmail { get; set; }

        /// <summary>A free-form description of the webhook or its contact (<c>description</c>, at most 1024 characters).</summary>
        [JsonPropertyName("description")]
        public string? Description { get; set; }
    }
}
