using System;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Sip;

namespace VoiceLive
{
    public partial class VoiceLiveClient
    {
        /// <summary>
        /// Attaches a connection to a SIP call's running session (<c>GET /voice-agent/realtime/sip/calls?call_id=…&amp;audio=…</c>,
        /// a WebSocket upgrade, api-version <c>2026-07-31-preview</c> unless <see cref="VoiceLiveClientOptions.AdditionalQueryParameters"/>
        /// sets another). The connection is an ordinary <see cref="VoiceLiveConnection"/>: the same event stream, with the
        /// call's <c>realtime.call.*</c> events among the session's, and the same client events to steer the conversation.
        /// Accept the call first (<see cref="VoiceLiveSipClient.AcceptCallAsync"/>). The credential, headers, timeouts and
        /// connect retries of the client's options apply; a call connection is not resumed after a drop.
        /// </summary>
        /// <param name="callId">The call, from <c>realtime.call.incoming</c>.</param>
        /// <param name="audio">True to receive the agent's output audio as <c>response.audio.delta</c> (PCM16, 24 kHz, mono); false for control and conversation events only.</param>
        /// <param name="cancellationToken">Cancels connecting.</param>
        /// <returns>The attached connection; its first event is the first the service sends.</returns>
        /// <exception cref="VoiceLiveConnectionException">The upgrade was refused (404 for an unknown or ended call), the network failed, or nothing arrived within <see cref="VoiceLiveClientOptions.ConnectTimeout"/>.</exception>
        public virtual Task<VoiceLiveConnection> ConnectToCallAsync(string callId, bool audio = false, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrEmpty(callId) || callId.Length > 256)
            {
                throw new ArgumentException("A call id of 1 to 256 characters is required (the call_id of realtime.call.incoming).", nameof(callId));
            }

            return ConnectToUriAsync(VoiceLiveSipUriBuilder.BuildCallUri(_endpoint, callId, audio, _options.AdditionalQueryParameters), cancellationToken);
        }
    }
}
