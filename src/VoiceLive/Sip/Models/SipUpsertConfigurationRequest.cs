using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>
    /// The body of <c>POST /voice-agent/realtime/sip/configurations</c> (<c>SipUpsertConfigurationRequest</c>): at least
    /// one member must be set; the service keeps the ones left null.
    /// </summary>
    public sealed class SipUpsertConfigurationRequest
    {
        /// <summary>The SIP digest password to create or replace (<c>password</c>, at most 512 characters); never returned, never logged.</summary>
        [JsonPropertyName("password")]
        public string? Password { get; set; }

        /// <summary>The signaling source addresses or CIDRs (<c>allowed_source_cidrs</c>, at most 64); an empty list clears the allowlist.</summary>
        [JsonPropertyName("allowed_source_cidrs")]
        public IList<string>? AllowedSourceCidrs { get; set; }

        /// <summary>
        /// The default agent configuration (<c>voice_live_agent_configuration</c>): a JSON object of the shape the accept
        /// operation takes, for example <c>BinaryData.FromObjectAsJson(new { model = "gpt-realtime" })</c>.
        /// </summary>
        [JsonPropertyName("voice_live_agent_configuration")]
        [JsonConverter(typeof(RawJsonConverter))]
        public BinaryData? VoiceLiveAgentConfiguration { get; set; }
    }
}
