using System.Collections.Generic;
using Azure.Core;

namespace VoiceLive
{
    /// <summary>
    /// Options of a <see cref="VoiceLiveSipClient"/>. The inherited Azure.Core members apply as for every Azure SDK client:
    /// <see cref="ClientOptions.Retry"/> (408, 429 and 5xx answers and network failures are tried again, the service's
    /// <c>Retry-After</c> honoured), <see cref="ClientOptions.Transport"/>, <see cref="ClientOptions.Diagnostics"/>
    /// (logging redacts the <c>api-key</c> and <c>Authorization</c> headers; bodies are logged only when content logging is
    /// switched on, and they can carry a webhook's signing secret).
    /// </summary>
    public class VoiceLiveSipClientOptions : ClientOptions
    {
        /// <summary>The default token scope of the SIP operations (their spec's OAuth2 scope).</summary>
        public const string DefaultCredentialScope = "https://cognitiveservices.azure.com/.default";

        /// <summary>The <c>api-version</c> of every request. Defaults to <see cref="VoiceLiveApiVersion.V2026_07_31_Preview"/>, the SIP API's only version.</summary>
        public VoiceLiveApiVersion ApiVersion { get; set; } = VoiceLiveApiVersion.V2026_07_31_Preview;

        /// <summary>The scopes requested from a <see cref="TokenCredential"/>. Defaults to <see cref="DefaultCredentialScope"/>.</summary>
        public IList<string> CredentialScopes { get; } = new List<string> { DefaultCredentialScope };
    }
}
