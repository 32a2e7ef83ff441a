using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>rtc.call.error</c>: (preview, WebRTC) a WebRTC signaling operation failed.
    /// </summary>
    [WireEvent("rtc.call.error", EventGroup.Telephony)]
    public sealed class ServerEventRtcCallError : ServerEvent
    {
        private RtcCallErrorDetails _error = new RtcCallErrorDetails();

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventRtcCallError()
            : base(WireNames.RtcCallError)
        {
        }

        /// <summary>The signaling operation that failed (<c>operation</c>), for example <c>rtc.call.sdp.create</c>.</summary>
        [JsonPropertyName("operation")]
        public string? Operation { get; set; }

        /// <summary>The WebRTC call (<c>rtc_call_id</c>) this signaling event belongs to.</summary>
        [JsonPropertyName("rtc_call_id")]
        public string? RtcCallId { get; set; }

        /// <summary>What went wrong (<c>error</c>).</summary>
        [JsonPropertyName("error")]
        public RtcCallErrorDetails Error
        {
            get => _error;
            set => _error = value ?? new RtcCallErrorDetails();
        }
    }
}
