using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// The <c>data</c> of a SIP webhook event: the members of the matching <c>realtime.call.*</c> server event (call,
    /// chain, state, terminal reason, transfer) plus, for <c>realtime.call.incoming</c>, the INVITE's SIP headers.
    /// Members an event type does not carry are null.
    /// </summary>
    public sealed class SipWebhookEventData
    {
        /// <summary>The call (<c>call_id</c>): pass it to <see cref="VoiceLiveSipClient.AcceptCallAsync"/> and the other call operations.</summary>
        [JsonPropertyName("call_id")]
        public string CallId { get; set; } = string.Empty;

        /// <summary>The call chain (<c>chain_id</c>) linking a call with the calls it was transferred from or to.</summary>
        [JsonPropertyName("chain_id")]
        public string? ChainId { get; set; }

        /// <summary>The call's state after the event (<c>state</c>).</summary>
        [JsonPropertyName("state")]
        public SipCallState? State { get; set; }

        /// <summary>Why the call ended (<c>terminal_reason</c>), once it has.</summary>
        [JsonPropertyName("terminal_reason")]
        public SipCallTerminalReason? TerminalReason { get; set; }

        /// <summary>The service's error code (<c>error_code</c>) of a failed call.</summary>
        [JsonPropertyName("error_code")]
        public string? ErrorCode { get; set; }

        /// <summary>The transfer (<c>transfer_id</c>) a <c>realtime.call.transfer.*</c> event reports on.</summary>
        [JsonPropertyName("transfer_id")]
        public string? TransferId { get; set; }

        /// <summary>The transfer target's SIP response code (<c>sip_code</c>).</summary>
        [JsonPropertyName("sip_code")]
        public int? SipCode { get; set; }

        /// <summary>The reason phrase (<c>reason</c>) of a transfer outcome.</summary>
        [JsonPropertyName("reason")]
        public string? Reason { get; set; }

        /// <summary>The INVITE's SIP headers (<c>sip_headers</c>), on <c>realtime.call.incoming</c>.</summary>
        [JsonPropertyName("sip_headers")]
        public IList<SipHeader> SipHeaders { get; set; } = new List<SipHeader>();
    }
}
