using System;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using VoiceLive.Authentication;
using VoiceLive.Sip;

namespace VoiceLive
{
    /// <summary>
    /// The Voice Live SIP control plane (<c>/voice-agent/realtime/sip/…</c>, api-version <c>2026-07-31-preview</c>):
    /// answer, reject, transfer and hang up inbound phone calls, manage the webhooks that announce them, and set the
    /// resource's SIP configuration. A call's media and its <c>realtime.call.*</c> events flow over a WebSocket: open it
    /// with <see cref="VoiceLiveClient.ConnectToCallAsync"/>. Every operation goes through an Azure.Core
    /// <see cref="HttpPipeline"/> (retries, logging, distributed tracing) and fails with a
    /// <see cref="RequestFailedException"/> whose <see cref="RequestFailedException.ErrorCode"/> is the service's
    /// <c>code</c> (for example <c>call_not_found</c>). Thread-safe; create one and reuse it.
    /// </summary>
    public partial class VoiceLiveSipClient
    {
        private const string CallsPath = "/voice-agent/realtime/sip/calls/";
        private readonly Uri _endpoint;
        private readonly string _apiVersion;
        private readonly HttpPipeline _pipeline;

        /// <summary>Creates a client that authenticates with Microsoft Entra ID (recommended).</summary>
        /// <param name="endpoint">The resource endpoint, for example <c>https://&lt;resource&gt;.services.ai.azure.com</c>.</param>
        /// <param name="credential">The credential, for example <c>DefaultAzureCredential</c>; asked for a token with <see cref="VoiceLiveSipClientOptions.CredentialScopes"/>.</param>
        /// <param name="options">Client options; null uses the defaults.</param>
        public VoiceLiveSipClient(Uri endpoint, TokenCredential credential, VoiceLiveSipClientOptions? options = null)
            : this(endpoint, options ?? new VoiceLiveSipClientOptions(), credential ?? throw new ArgumentNullException(nameof(credential)), null)
        {
        }

        /// <summary>Creates a client that authenticates with an API key (sent in the <c>api-key</c> header, never in the URL).</summary>
        /// <param name="endpoint">The resource endpoint.</param>
        /// <param name="credential">The API key.</param>
        /// <param name="options">Client options; null uses the defaults.</param>
        public VoiceLiveSipClient(Uri endpoint, AzureKeyCredential credential, VoiceLiveSipClientOptions? options = null)
            : this(endpoint, options ?? new VoiceLiveSipClientOptions(), null, credential ?? throw new ArgumentNullException(nameof(credential)))
        {
        }

        /// <summary>For mocking only.</summary>
        protected VoiceLiveSipClient()
        {
            _endpoint = null!;
            _apiVersion = null!;
            _pipeline = null!;
        }

        private VoiceLiveSipClient(Uri endpoint, VoiceLiveSipClientOptions options, TokenCredential? token, AzureKeyCredential? key)
        {
            VoiceLiveUriBuilder.ValidateEndpoint(endpoint);
            if (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp)
            {
                throw new ArgumentException("The SIP operations are HTTP: use the https:// endpoint (http:// only for a local emulator).", nameof(endpoint));
            }

            _endpoint = endpoint;
            _apiVersion = options.ApiVersion.ToString();
            HttpPipelinePolicy authentication = key is not null
                ? new SipApiKeyPolicy(key)
                : new BearerTokenAuthenticationPolicy(token!, options.CredentialScopes.Count > 0 ? new System.Collections.Generic.List<string>(options.CredentialScopes) : throw new ArgumentException("At least one credential scope is required for a TokenCredential.", nameof(options)));
            var pipelineOptions = new HttpPipelineOptions(options) { RequestFailedDetailsParser = SipErrorParser.Instance };
            pipelineOptions.PerRetryPolicies.Add(authentication);
            _pipeline = HttpPipelineBuilder.Build(pipelineOptions);
        }

        /// <summary>The endpoint the client sends to.</summary>
        public virtual Uri Endpoint => _endpoint;

        /// <summary>The HTTP pipeline the operations go through, for sending requests this client has no method for.</summary>
        public virtual HttpPipeline Pipeline => _pipeline;

        /// <summary>Accepts a waiting inbound call (<c>POST …/sip/calls/{call_id}/accept</c>) and starts its Voice Live session with <paramref name="configuration"/>.</summary>
        /// <param name="callId">The call, from <c>realtime.call.incoming</c> (webhook or server event).</param>
        /// <param name="configuration">The agent configuration of the call's session.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The call's state (usually <see cref="SipCallState.Accepted"/>) and session id.</returns>
        /// <exception cref="RequestFailedException">The service refused (for example <c>call_not_found</c>, or a call that no longer waits).</exception>
        public virtual async Task<Response<SipAcceptCallResult>> AcceptCallAsync(string callId, SipAcceptCallRequest configuration, CancellationToken cancellationToken = default)
            => await AcceptCallCoreAsync(callId, configuration, true, cancellationToken).ConfigureAwait(false);

        /// <summary>Accepts a waiting inbound call; see <see cref="AcceptCallAsync"/>.</summary>
        /// <param name="callId">The call.</param>
        /// <param name="configuration">The agent configuration of the call's session.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The call's state and session id.</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual Response<SipAcceptCallResult> AcceptCall(string callId, SipAcceptCallRequest configuration, CancellationToken cancellationToken = default)
            => AcceptCallCoreAsync(callId, configuration, false, cancellationToken).EnsureCompleted();

        /// <summary>Rejects a waiting inbound call (<c>POST …/sip/calls/{call_id}/reject</c>).</summary>
        /// <param name="callId">The call.</param>
        /// <param name="statusCode">The SIP status code returned to the caller (<c>status_code</c>); null lets the service use 486 Busy Here.</param>
        /// <param name="reason">A reason (<c>reason</c>), or null.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The call's final state and terminal reason.</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual async Task<Response<SipRejectCallResult>> RejectCallAsync(string callId, int? statusCode = null, string? reason = null, CancellationToken cancellationToken = default)
            => await RejectCallCoreAsync(callId, statusCode, reason, true, cancellationToken).ConfigureAwait(false);

        /// <summary>Rejects a waiting inbound call; see <see cref="RejectCallAsync"/>.</summary>
        /// <param name="callId">The call.</param>
        /// <param name="statusCode">The SIP status code; null for 486.</param>
        /// <param name="reason">A reason, or null.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The call's final state and terminal reason.</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual Response<SipRejectCallResult> RejectCall(string callId, int? statusCode = null, string? reason = null, CancellationToken cancellationToken = default)
            => RejectCallCoreAsync(callId, statusCode, reason, false, cancellationToken).EnsureCompleted();

        /// <summary>
        /// Starts a blind transfer of an active call (<c>POST …/sip/calls/{call_id}/refer</c>, SIP REFER). The service
        /// answers 202 at once; the outcome arrives as <c>realtime.call.transfer.succeeded</c> (then the call disconnects
        /// with <see cref="SipCallTerminalReason.TransferSucceeded"/>) or <c>realtime.call.transfer.failed</c>.
        /// </summary>
        /// <param name="callId">The call.</param>
        /// <param name="targetUri">The transfer target (<c>target_uri</c>), for example <c>sip:+15551234567@pstn.example.com</c>.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The transfer's id and the call's state (usually <see cref="SipCallState.Transferring"/>).</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual async Task<Response<SipReferCallResult>> ReferCallAsync(string callId, string targetUri, CancellationToken cancellationToken = default)
            => await ReferCallCoreAsync(callId, targetUri, true, cancellationToken).ConfigureAwait(false);

        /// <summary>Starts a blind transfer of an active call; see <see cref="ReferCallAsync"/>.</summary>
        /// <param name="callId">The call.</param>
        /// <param name="targetUri">The transfer target SIP URI.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The transfer's id and the call's state.</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual Response<SipReferCallResult> ReferCall(string callId, string targetUri, CancellationToken cancellationToken = default)
            => ReferCallCoreAsync(callId, targetUri, false, cancellationToken).EnsureCompleted();

        /// <summary>Ends an active call (<c>POST …/sip/calls/{call_id}/hangup</c>, 204); the call then disconnects with <see cref="SipCallTerminalReason.CustomerHangup"/>.</summary>
        /// <param name="callId">The call.</param>
        /// <param name="reason">A reason (<c>reason</c>), or null.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The service's response.</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual async Task<Response> HangUpCallAsync(string callId, string? reason = null, CancellationToken cancellationToken = default)
            => await HangUpCallCoreAsync(callId, reason, true, cancellationToken).ConfigureAwait(false);

        /// <summary>Ends an active call; see <see cref="HangUpCallAsync"/>.</summary>
        /// <param name="callId">The call.</param>
        /// <param name="reason">A reason, or null.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The service's response.</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual Response HangUpCall(string callId, string? reason = null, CancellationToken cancellationToken = default)
            => HangUpCallCoreAsync(callId, reason, false, cancellationToken).EnsureCompleted();

        private ValueTask<Response<SipAcceptCallResult>> AcceptCallCoreAsync(string callId, SipAcceptCallRequest configuration, bool async, CancellationToken cancellationToken)
        {
            ValidateCallId(callId);
            if (configuration is null)
            {
                throw new ArgumentNullException(nameof(configuration));
            }

            return SendAsync(RequestMethod.Post, CallPath(callId, "accept"), SipRequestWriter.Accept(configuration), 200, SipJsonContext.Default.SipAcceptCallResult, async, cancellationToken);
        }

        private ValueTask<Response<SipRejectCallResult>> RejectCallCoreAsync(string callId, int? statusCode, string? reason, bool async, CancellationToken cancellationToken)
        {
            ValidateCallId(callId);
            return SendAsync(RequestMethod.Post, CallPath(callId, "reject"), SipRequestWriter.Reject(statusCode, reason), 200, SipJsonContext.Default.SipRejectCallResult, async, cancellationToken);
        }

        private ValueTask<Response<SipReferCallResult>> ReferCallCoreAsync(string callId, string targetUri, bool async, CancellationToken cancellationToken)
        {
            ValidateCallId(callId);
            if (string.IsNullOrWhiteSpace(targetUri))
            {
                throw new ArgumentException("A transfer target SIP URI is required.", nameof(targetUri));
            }

            return SendAsync(RequestMethod.Post, CallPath(callId, "refer"), SipRequestWriter.Refer(targetUri), 202, SipJsonContext.Default.SipReferCallResult, async, cancellationToken);
        }

        private ValueTask<Response> HangUpCallCoreAsync(string callId, string? reason, bool async, CancellationToken cancellationToken)
        {
            ValidateCallId(callId);
            return SendAsync(RequestMethod.Post, CallPath(callId, "hangup"), SipRequestWriter.Hangup(reason), 204, async, cancellationToken);
        }

        private static string[] CallPath(string callId, string action) => new[] { CallsPath, callId, "/" + action };

        private static void ValidateCallId(string callId)
        {
            // Protocol: call_id is 1..256 characters.
            if (string.IsNullOrEmpty(callId) || callId.Length > 256)
            {
                throw new ArgumentException("A call id of 1 to 256 characters is required (the call_id of realtime.call.incoming).", nameof(callId));
            }
        }
    }
}
