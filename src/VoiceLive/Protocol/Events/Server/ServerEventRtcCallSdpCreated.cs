using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>rtc.call.sdp.created</c>: (preview, WebRTC) the service's SDP answer to <c>rtc.call.sdp.create</c>; apply it to the peer connection to start media.
    /// </summary>
    [WireEvent("rtc.call.sdp.created", EventGroup.Telephony)]
    public sealed class ServerEventRtcCallSdpCreated : ServerEvent
    {
        private string _sdpAnswer = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventRtcCallSdpCreated()
            : base(WireNames.RtcCallSdpCreated)
        {
        }

        /// <summary>The WebRTC call (<c>rtc_call_id</c>) this signaling event belongs to.</summary>
        [JsonPropertyName("rtc_call_id")]
        public string? RtcCallId { get; set; }

        /// <summary>The service's SDP answer (<c>sdp_answer</c>); apply it as the remote description.</summary>
        [JsonPropertyName("sdp_answer")]
        public string SdpAnswer
        {
            get => _sdpAnswer;
            set => _sdpAnswer = value ?? string.Empty;
        }
    }
}
