using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>
    /// <c>input_audio_buffer.dtmf_event_received</c>: (GA protocol, SIP calls only) the caller pressed a telephone keypad
    /// key (<c>0</c>–<c>9</c>, <c>*</c>, <c>#</c>, <c>A</c>–<c>D</c>).
    /// </summary>
    [WireEvent("input_audio_buffer.dtmf_event_received", EventGroup.GaProtocol)]
    public sealed class ServerEventInputAudioBufferDtmfEventReceived : ServerEvent
    {
        private string _key = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventInputAudioBufferDtmfEventReceived()
            : base(WireNames.InputAudioBufferDtmfEventReceived)
        {
        }

        /// <summary>The keypad key the caller pressed (the wire member <c>event</c>), for example <c>"9"</c> or <c>"#"</c>.</summary>
        [JsonPropertyName("event")]
        public string Key
        {
            get => _key;
            set => _key = value ?? string.Empty;
        }

        /// <summary>When the service received the key press (<c>received_at</c>, a Unix time in seconds); null when absent.</summary>
        [JsonPropertyName("received_at")]
        [JsonConverter(typeof(UnixSecondsConverter))]
        public DateTimeOffset? ReceivedAt { get; set; }
    }
}
