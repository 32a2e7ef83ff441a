using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.created</c>: the service started a new response (after <c>response.create</c> or automatically after a user turn); the response is <c>in_progress</c>.
    /// </summary>
    [WireEvent("response.created", EventGroup.Responses)]
    public sealed class ServerEventResponseCreated : ServerEvent
    {
        private VoiceLiveResponse _response = new VoiceLiveResponse();

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseCreated()
            : base(WireNames.ResponseCreated)
        {
        }

        /// <summary>The new response (<c>response</c>), with status <c>in_progress</c> and no output yet.</summary>
        [JsonPropertyName("response")]
        public VoiceLiveResponse Response
        {
            get => _response;
            set => _response = value ?? new VoiceLiveResponse();
        }
    }
}
