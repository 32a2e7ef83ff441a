using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>session.updated</c>: the service accepted a <c>session.update</c>; carries the full effective configuration after the update (including ICE servers for avatar sessions when the client sent none).
    /// </summary>
    [WireEvent("session.updated", EventGroup.Session)]
    public sealed class ServerEventSessionUpdated : ServerEvent
    {
        private ResponseSession _session = new ResponseSession();

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventSessionUpdated()
            : base(WireNames.SessionUpdated)
        {
        }

        /// <summary>The session's effective configuration after the update (<c>session</c>).</summary>
        [JsonPropertyName("session")]
        public ResponseSession Session
        {
            get => _session;
            set => _session = value ?? new ResponseSession();
        }
    }
}
