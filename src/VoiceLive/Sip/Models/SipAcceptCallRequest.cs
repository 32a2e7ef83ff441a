using System;
using System.Collections.Generic;

namespace VoiceLive
{
    /// <summary>
    /// The body of <c>POST /voice-agent/realtime/sip/calls/{call_id}/accept</c> (<c>SipAcceptCallRequest</c>): an open
    /// agent configuration of the shape <c>session.update</c> takes, passed through to the call's Voice Live session.
    /// The body is one flat JSON object: <see cref="Model"/>, then the members of <see cref="Session"/>, then
    /// <see cref="AdditionalProperties"/> (which win over both for the same name).
    /// </summary>
    public sealed class SipAcceptCallRequest
    {
        /// <summary>The model of the call's session (<c>model</c>), for example <c>gpt-realtime</c>.</summary>
        public string? Model { get; set; }

        /// <summary>The session configuration (instructions, voice, turn detection, tools …), written flat into the body.</summary>
        public RequestSession? Session { get; set; }

        /// <summary>Members the typed ones do not cover, each value a JSON text (for example <c>BinaryData.FromString("0.7")</c>).</summary>
        public IDictionary<string, BinaryData> AdditionalProperties { get; } = new Dictionary<string, BinaryData>(StringComparer.Ordinal);
    }
}
