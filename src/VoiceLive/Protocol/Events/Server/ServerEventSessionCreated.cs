using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>session.created</c>: the first event of every connection, sent as soon as the session exists; carries the session's effective default configuration.
    /// </summary>
    [WireEvent("session.created", EventGroup.Session)]
    public sealed class ServerEventSessionCreated : ServerEvent
    {
        private ResponseSession _session = new ResponseSession();

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventSessionCreated()
            : base(WireNames.SessionCreated)
        {
        }

        /// <summary>The session's effective configuration (<c>session</c>).</summary>
        [JsonPropertyName("session")]
        public ResponseSession Session
        {
            get => _session;
            set => _session = value ?? new ResponseSession();
        }
    }
}
