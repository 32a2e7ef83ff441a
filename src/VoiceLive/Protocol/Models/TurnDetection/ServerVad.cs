using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Turn detection on silence (<c>type</c> <c>server_vad</c>).</summary>
    public sealed class ServerVad : VadTurnDetection
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public ServerVad()
            : base(TurnDetectionType.ServerVad)
        {
        }

        /// <summary>
        /// Milliseconds without speech after which the service commits the (silent) audio and answers, sending
        /// <c>input_audio_buffer.timeout_triggered</c> (<c>idle_timeout_ms</c>, api-version <c>v1</c>); null for none.
        /// </summary>
        [JsonPropertyName("idle_timeout_ms")]
        public int? IdleTimeoutMs { get; set; }
    }
}
