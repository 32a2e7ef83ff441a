using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// The answer (202) to <c>POST /voice-agent/realtime/sip/calls/{call_id}/refer</c> (<c>SipReferCallResult</c>): the
    /// blind transfer has started. Its outcome arrives later as <c>realtime.call.transfer.succeeded</c> or
    /// <c>realtime.call.transfer.failed</c> (webhook and attached connection) with the same <see cref="TransferId"/>.
    /// </summary>
    public sealed class SipReferCallResult
    {
        /// <summary>The transferred call (<c>call_id</c>).</summary>
        [JsonPropertyName("call_id")]
        public string CallId { get; set; } = string.Empty;

        /// <summary>The transfer (<c>transfer_id</c>) that the asynchronous transfer events refer to.</summary>
        [JsonPropertyName("transfer_id")]
        public string TransferId { get; set; } = string.Empty;

        /// <summary>The call's state (<c>state</c>), usually <see cref="SipCallState.Transferring"/>.</summary>
        [JsonPropertyName("state")]
        public SipCallState State { get; set; }
    }
}
