using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>realtime.call.transfer.failed</c>: (preview, SIP telephony) transferring the call failed; <see cref="SipCode"/> and <see cref="Reason"/> say why.
    /// </summary>
    [WireEvent("realtime.call.transfer.failed", EventGroup.Telephony)]
    public sealed class ServerEventRealtimeCallTransferFailed : ServerEvent
    {
        private string _callId = string.Empty;
        private string _transferId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventRealtimeCallTransferFailed()
            : base(WireNames.RealtimeCallTransferFailed)
        {
        }

        /// <summary>The SIP call (<c>call_id</c>) being transferred.</summary>
        [JsonPropertyName("call_id")]
        public string CallId
        {
            get => _callId;
            set => _callId = value ?? string.Empty;
        }

        /// <summary>The transfer (<c>transfer_id</c>) this event reports on.</summary>
        [JsonPropertyName("transfer_id")]
        public string TransferId
        {
            get => _transferId;
            set => _transferId = value ?? string.Empty;
        }

        /// <summary>The transfer's state (<c>state</c>).</summary>
        [JsonPropertyName("state")]
        public SipTransferState State { get; set; }

        /// <summary>The SIP response code of the transfer target (<c>sip_code</c>), when there was one.</summary>
        [JsonPropertyName("sip_code")]
        public int? SipCode { get; set; }

        /// <summary>The reason phrase (<c>reason</c>) for the outcome, when the service gives one.</summary>
        [JsonPropertyName("reason")]
        public string? Reason { get; set; }
    }
}
