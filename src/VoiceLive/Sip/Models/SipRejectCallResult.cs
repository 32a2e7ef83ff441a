using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The answer to <c>POST /voice-agent/realtime/sip/calls/{call_id}/reject</c> (<c>SipRejectCallResult</c>).</summary>
    public sealed class SipRejectCallResult
    {
        /// <summary>The rejected call (<c>call_id</c>).</summary>
        [JsonPropertyName("call_id")]
        public string CallId { get; set; } = string.Empty;

        /// <summary>The call's resulting state (<c>state</c>), for example <see cref="SipCallState.Disconnected"/>.</summary>
        [JsonPropertyName("state")]
        public SipCallState State { get; set; }

        /// <summary>Why the call ended (<c>terminal_reason</c>), <see cref="SipCallTerminalReason.Rejected"/> for a rejection.</summary>
        [JsonPropertyName("terminal_reason")]
        public SipCallTerminalReason TerminalReason { get; set; }
    }
}
