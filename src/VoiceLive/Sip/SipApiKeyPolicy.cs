using System;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using VoiceLive.Authentication;

namespace VoiceLive.Sip
{
    /// <summary>
    /// Puts the API key in the <c>api-key</c> header of every attempt (read each time, so <c>AzureKeyCredential.Update</c>
    /// takes effect at once). Azure.Core's own key policy is internal to its shared sources, hence this one.
    /// </summary>
    internal sealed class SipApiKeyPolicy : HttpPipelineSynchronousPolicy
    {
        private readonly AzureKeyCredential _credential;

        public SipApiKeyPolicy(AzureKeyCredential credential)
        {
            _credential = credential ?? throw new ArgumentNullException(nameof(credential));
        }

        public override void OnSendingRequest(HttpMessage message)
        {
            string key = _credential.Key;
            HeaderValidation.RejectLineBreaks(key, "API key", "credential");
            message.Request.Headers.SetValue("api-key", key);
        }
    }
}
