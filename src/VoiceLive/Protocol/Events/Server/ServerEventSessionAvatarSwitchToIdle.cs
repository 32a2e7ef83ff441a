using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>session.avatar.switch_to_idle</c>: the avatar finished speaking and switched back to idle.
    /// </summary>
    [WireEvent("session.avatar.switch_to_idle", EventGroup.Avatar)]
    public sealed class ServerEventSessionAvatarSwitchToIdle : ServerEvent
    {
        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventSessionAvatarSwitchToIdle()
            : base(WireNames.SessionAvatarSwitchToIdle)
        {
        }

        /// <summary>The turn (<c>turn_id</c>) the avatar finished, when the service sends it.</summary>
        [JsonPropertyName("turn_id")]
        public string? TurnId { get; set; }
    }
}
