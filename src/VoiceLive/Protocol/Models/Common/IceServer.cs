using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>An ICE server for the avatar's WebRTC connection (<c>avatar.ice_servers[]</c>).</summary>
    public sealed class IceServer
    {
        private IList<string> _urls = new OptionalList<string>();

        /// <summary>The server's URLs (<c>urls</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("urls")]
        public IList<string> Urls
        {
            get => _urls;
            set => _urls = value ?? new OptionalList<string>();
        }

        /// <summary>The user name (<c>username</c>).</summary>
        [JsonPropertyName("username")]
        public string? Username { get; set; }

        /// <summary>The credential (<c>credential</c>).</summary>
        [JsonPropertyName("credential")]
        public string? Credential { get; set; }
    }
}
