using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>rtc.call.sdp.create</c>: (preview, WebRTC) sends the client's SDP offer on the signaling socket, optionally with an initial session configuration; the service answers with <c>rtc.call.sdp.created</c>.
    /// </summary>
    [WireEvent("rtc.call.sdp.create", EventGroup.Avatar, SentBy = "RtcCall.CreateSdpAsync")]
    public sealed class ClientEventRtcCallSdpCreate : ClientEvent
    {
        private string _sdpOffer = string.Empty;

        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventRtcCallSdpCreate()
            : base(WireNames.RtcCallSdpCreate)
        {
        }

        /// <summary>Creates the event with its required fields.</summary>
        /// <param name="sdpOffer">The client's WebRTC SDP offer (<c>sdp_offer</c>).</param>
        public ClientEventRtcCallSdpCreate(string sdpOffer)
            : this()
        {
            SdpOffer = sdpOffer ?? throw new ArgumentNullException(nameof(sdpOffer));
        }

        /// <summary>The client's WebRTC SDP offer (<c>sdp_offer</c>).</summary>
        [JsonPropertyName("sdp_offer")]
        public string SdpOffer
        {
            get => _sdpOffer;
            set => _sdpOffer = value ?? string.Empty;
        }

        /// <summary>An initial session configuration (<c>session</c>) to apply with the call, when set.</summary>
        [JsonPropertyName("session")]
        public RequestSession? Session { get; set; }
    }
}
