using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>error</c>: the service reports an error, usually caused by a client event (its <c>event_id</c> is echoed in <see cref="Error"/>). The session stays open unless the service closes the socket.
    /// </summary>
    [WireEvent("error", EventGroup.Errors)]
    public sealed class ServerEventError : ServerEvent
    {
        private ServerEventErrorDetails _error = new ServerEventErrorDetails();

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventError()
            : base(WireNames.Error)
        {
        }

        /// <summary>What went wrong (<c>error</c>): type, code, message, offending parameter, and the <c>event_id</c> of the client event that caused it.</summary>
        [JsonPropertyName("error")]
        public ServerEventErrorDetails Error
        {
            get => _error;
            set => _error = value ?? new ServerEventErrorDetails();
        }
    }
}
