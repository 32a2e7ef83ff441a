using System;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Resources;

namespace VoiceLive
{
    /// <summary>
    /// WebRTC call signalling (preview; only on the <c>/voice-live/realtime/calls</c> signalling socket):
    /// <c>rtc.call.sdp.create</c>, answered by <c>rtc.call.sdp.created</c> or <c>rtc.call.error</c>.
    /// </summary>
    public class RtcCallResource
    {
        private readonly IClientEventSender _sender;

        internal RtcCallResource(IClientEventSender sender) => _sender = sender;

        /// <summary>For mocking only.</summary>
        protected RtcCallResource() => _sender = null!;

        /// <summary>Sends <c>rtc.call.sdp.create</c> with the client's SDP offer and, optionally, the initial session.</summary>
        /// <param name="sdpOffer">The WebRTC SDP offer.</param>
        /// <param name="session">The session configuration for the call, if any.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task CreateSdpAsync(string sdpOffer, RequestSession? session = null, string? eventId = null, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrEmpty(sdpOffer))
            {
                throw new ArgumentException("An SDP offer is required.", nameof(sdpOffer));
            }

            return _sender.SendAsync(new ClientEventRtcCallSdpCreate { SdpOffer = sdpOffer, Session = session, EventId = eventId }, cancellationToken).AsTask();
        }
    }
}
