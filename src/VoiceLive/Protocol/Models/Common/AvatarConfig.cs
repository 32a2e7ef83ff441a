using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>The video avatar of the session (<c>avatar</c>).</summary>
    public sealed class AvatarConfig
    {
        private IList<IceServer> _iceServers = new OptionalList<IceServer>();

        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public AvatarConfig()
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="character">The avatar character (<c>character</c>), for example <c>lisa</c>.</param>
        public AvatarConfig(string character)
        {
            Character = character ?? throw new ArgumentNullException(nameof(character));
        }

        /// <summary>The kind of avatar (<c>type</c>).</summary>
        [JsonPropertyName("type")]
        public AvatarConfigTypes? Type { get; set; }

        /// <summary>ICE servers for the WebRTC connection (<c>ice_servers</c>); the service returns its own when none are given. Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("ice_servers")]
        public IList<IceServer> IceServers
        {
            get => _iceServers;
            set => _iceServers = value ?? new OptionalList<IceServer>();
        }

        /// <summary>The avatar character (<c>character</c>), for example <c>lisa</c>.</summary>
        [JsonPropertyName("character")]
        public string Character { get; set; } = string.Empty;

        /// <summary>The character's style (<c>style</c>).</summary>
        [JsonPropertyName("style")]
        public string? Style { get; set; }

        /// <summary>The photo avatar model (<c>model</c>).</summary>
        [JsonPropertyName("model")]
        public PhotoAvatarBaseModes? Model { get; set; }

        /// <summary>Whether the character is a custom avatar (<c>customized</c>).</summary>
        [JsonPropertyName("customized")]
        public bool Customized { get; set; }

        /// <summary>Video settings (<c>video</c>).</summary>
        [JsonPropertyName("video")]
        public VideoParams? Video { get; set; }

        /// <summary>Camera and position settings of a photo avatar (<c>scene</c>).</summary>
        [JsonPropertyName("scene")]
        public Scene? Scene { get; set; }

        /// <summary>How video reaches the client (<c>output_protocol</c>).</summary>
        [JsonPropertyName("output_protocol")]
        public AvatarOutputProtocol? OutputProtocol { get; set; }

        /// <summary>Whether audio is also sent for auditing when video goes over WebRTC (<c>output_audit_audio</c>).</summary>
        [JsonPropertyName("output_audit_audio")]
        public bool? OutputAuditAudio { get; set; }
    }
}
