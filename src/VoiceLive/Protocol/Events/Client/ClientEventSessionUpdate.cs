using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>session.update</c>: changes the session configuration. Fields left unset keep their current values; the service answers with <c>session.updated</c> (or <c>error</c>).
    /// </summary>
    [WireEvent("session.update", EventGroup.Session, SentBy = "Session.UpdateAsync")]
    public sealed class ClientEventSessionUpdate : ClientEvent
    {
        private RequestSession _session = new RequestSession();

        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventSessionUpdate()
            : base(WireNames.SessionUpdate)
        {
        }

        /// <summary>Creates the event with its required fields.</summary>
        /// <param name="session">The configuration to apply (<c>session</c>); only the fields that are set are sent.</param>
        public ClientEventSessionUpdate(RequestSession session)
            : this()
        {
            Session = session ?? throw new ArgumentNullException(nameof(session));
        }

        /// <summary>The configuration to apply (<c>session</c>); only the fields that are set are sent.</summary>
        [JsonPropertyName("session")]
        public RequestSession Session
        {
            get => _session;
            set => _session = value ?? new RequestSession();
        }
    }
}
