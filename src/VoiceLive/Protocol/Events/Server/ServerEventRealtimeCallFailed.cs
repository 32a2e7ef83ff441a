using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>realtime.call.failed</c>: (preview, SIP telephony) the phone call could not be set up or broke; <see cref="ErrorCode"/> says why.
    /// </summary>
    [WireEvent("realtime.call.failed", EventGroup.Telephony)]
    public sealed class ServerEventRealtimeCallFailed : ServerEvent
    {
        private string _callId = string.Empty;
        private string _chainId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventRealtimeCallFailed()
            : base(WireNames.RealtimeCallFailed)
        {
        }

        /// <summary>The SIP call (<c>call_id</c>) this event is about.</summary>
        [JsonPropertyName("call_id")]
        public string CallId
        {
            get => _callId;
            set => _callId = value ?? string.Empty;
        }

        /// <summary>The call chain (<c>chain_id</c>) that links this call with the calls it was transferred from or to.</summary>
        [JsonPropertyName("chain_id")]
        public string ChainId
        {
            get => _chainId;
            set => _chainId = value ?? string.Empty;
        }

        /// <summary>The call's state after this event (<c>state</c>).</summary>
        [JsonPropertyName("state")]
        public SipCallState State { get; set; }

        /// <summary>Why the call ended (<c>terminal_reason</c>), once it has ended.</summary>
        [JsonPropertyName("terminal_reason")]
        public SipCallTerminalReason? TerminalReason { get; set; }

        /// <summary>The service's error code (<c>error_code</c>) when the call failed.</summary>
        [JsonPropertyName("error_code")]
        public string? ErrorCode { get; set; }
    }
}
