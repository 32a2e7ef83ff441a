using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>session.avatar.connecting</c>: the service's answer to <c>session.avatar.connect</c>: its WebRTC SDP answer for the avatar video stream.
    /// </summary>
    [WireEvent("session.avatar.connecting", EventGroup.Avatar)]
    public sealed class ServerEventSessionAvatarConnecting : ServerEvent
    {
        private string _serverSdp = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventSessionAvatarConnecting()
            : base(WireNames.SessionAvatarConnecting)
        {
        }

        /// <summary>The service's WebRTC SDP answer (<c>server_sdp</c>); apply it as the remote description of the avatar peer connection.</summary>
        [JsonPropertyName("server_sdp")]
        public string ServerSdp
        {
            get => _serverSdp;
            set => _serverSdp = value ?? string.Empty;
        }
    }
}
