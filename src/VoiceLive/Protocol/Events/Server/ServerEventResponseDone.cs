using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.done</c>: a response finished, whatever its final status (completed, cancelled, failed or incomplete); carries all output items and the token usage.
    /// </summary>
    [WireEvent("response.done", EventGroup.Responses)]
    public sealed class ServerEventResponseDone : ServerEvent
    {
        private VoiceLiveResponse _response = new VoiceLiveResponse();

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseDone()
            : base(WireNames.ResponseDone)
        {
        }

        /// <summary>The finished response (<c>response</c>): final status and status details, every output item, and token usage.</summary>
        [JsonPropertyName("response")]
        public VoiceLiveResponse Response
        {
            get => _response;
            set => _response = value ?? new VoiceLiveResponse();
        }
    }
}
