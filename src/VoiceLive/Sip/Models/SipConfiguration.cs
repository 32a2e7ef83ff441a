using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>The resource's SIP configuration (<c>sip.configuration</c>, <c>SipConfiguration</c>); the digest password is never returned.</summary>
    public sealed class SipConfiguration
    {
        /// <summary>The configuration's identifier (<c>id</c>), always <c>sip_configuration</c>.</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = "sip_configuration";

        /// <summary>The object type (<c>object</c>), always <c>sip.configuration</c>.</summary>
        [JsonPropertyName("object")]
        public string Object { get; set; } = "sip.configuration";

        /// <summary>Whether a SIP digest password is configured (<c>password_set</c>).</summary>
        [JsonPropertyName("password_set")]
        public bool PasswordSet { get; set; }

        /// <summary>The signaling source allowlist, normalized (<c>allowed_source_cidrs</c>).</summary>
        [JsonPropertyName("allowed_source_cidrs")]
        public IList<string> AllowedSourceCidrs { get; set; } = new List<string>();

        /// <summary>The authenticated resource identity recorded for the calls (<c>call_identity</c>).</summary>
        [JsonPropertyName("call_identity")]
        public SipCallIdentity? CallIdentity { get; set; }

        /// <summary>
        /// The stored default agent configuration (<c>voice_live_agent_configuration</c>): an open JSON object, as the
        /// service keeps it.
        /// </summary>
        [JsonPropertyName("voice_live_agent_configuration")]
        [JsonConverter(typeof(RawJsonConverter))]
        public BinaryData? VoiceLiveAgentConfiguration { get; set; }

        /// <summary>When the configuration was created (<c>created_at</c>, Unix seconds on the wire).</summary>
        [JsonPropertyName("created_at")]
        [JsonConverter(typeof(UnixSecondsConverter))]
        public DateTimeOffset? CreatedAt { get; set; }

        /// <summary>When the configuration was last changed (<c>updated_at</c>, Unix seconds on the wire).</summary>
        [JsonPropertyName("updated_at")]
        [JsonConverter(typeof(UnixSecondsConverter))]
        public DateTimeOffset? UpdatedAt { get; set; }
    }
}
