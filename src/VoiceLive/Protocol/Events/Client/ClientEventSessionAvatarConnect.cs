using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>session.avatar.connect</c>: starts the avatar's WebRTC video by sending the client's SDP offer; the service answers with <c>session.avatar.connecting</c>.
    /// </summary>
    [WireEvent("session.avatar.connect", EventGroup.Avatar, SentBy = "Session.Avatar.ConnectAsync")]
    public sealed class ClientEventSessionAvatarConnect : ClientEvent
    {
        private string _clientSdp = string.Empty;

        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventSessionAvatarConnect()
            : base(WireNames.SessionAvatarConnect)
        {
        }

        /// <summary>Creates the event with its required fields.</summary>
        /// <param name="clientSdp">The client's WebRTC SDP offer for the avatar video (<c>client_sdp</c>).</param>
        public ClientEventSessionAvatarConnect(string clientSdp)
            : this()
        {
            ClientSdp = clientSdp ?? throw new ArgumentNullException(nameof(clientSdp));
        }

        /// <summary>The client's WebRTC SDP offer for the avatar video (<c>client_sdp</c>).</summary>
        [JsonPropertyName("client_sdp")]
        public string ClientSdp
        {
            get => _clientSdp;
            set => _clientSdp = value ?? string.Empty;
        }
    }
}
