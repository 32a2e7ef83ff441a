using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>session.avatar.switch_to_speaking</c>: the avatar switched from idle to speaking.
    /// </summary>
    [WireEvent("session.avatar.switch_to_speaking", EventGroup.Avatar)]
    public sealed class ServerEventSessionAvatarSwitchToSpeaking : ServerEvent
    {
        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventSessionAvatarSwitchToSpeaking()
            : base(WireNames.SessionAvatarSwitchToSpeaking)
        {
        }

        /// <summary>The turn (<c>turn_id</c>) the avatar is speaking, when the service sends it.</summary>
        [JsonPropertyName("turn_id")]
        public string? TurnId { get; set; }
    }
}
