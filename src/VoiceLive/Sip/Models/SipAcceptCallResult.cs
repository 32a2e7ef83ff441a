using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The answer to <c>POST /voice-agent/realtime/sip/calls/{call_id}/accept</c> (<c>SipAcceptCallResult</c>).</summary>
    public sealed class SipAcceptCallResult
    {
        /// <summary>The accepted call (<c>call_id</c>).</summary>
        [JsonPropertyName("call_id")]
        public string CallId { get; set; } = string.Empty;

        /// <summary>The call's state (<c>state</c>), usually <see cref="SipCallState.Accepted"/>: the SDP answer is in, the call is not fully connected yet.</summary>
        [JsonPropertyName("state")]
        public SipCallState State { get; set; }

        /// <summary>The Voice Live session of the call (<c>voice_live_session_id</c>), once runtime setup has created one.</summary>
        [JsonPropertyName("voice_live_session_id")]
        public string? VoiceLiveSessionId { get; set; }
    }
}
