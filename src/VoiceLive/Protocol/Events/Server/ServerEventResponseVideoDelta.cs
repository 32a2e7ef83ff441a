using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.video.delta</c>: a chunk of encoded avatar video, sent when the avatar's <c>output_protocol</c> is <c>websocket</c> instead of WebRTC.
    /// </summary>
    [WireEvent("response.video.delta", EventGroup.Avatar)]
    public sealed class ServerEventResponseVideoDelta : ServerEvent
    {
        private string _codec = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseVideoDelta()
            : base(WireNames.ResponseVideoDelta)
        {
        }

        /// <summary>The index of the output item the video belongs to (<c>output_index</c>).</summary>
        [JsonPropertyName("output_index")]
        public int OutputIndex { get; set; }

        /// <summary>The video codec of the bytes (<c>codec</c>), for example <c>h264</c>.</summary>
        [JsonPropertyName("codec")]
        public string Codec
        {
            get => _codec;
            set => _codec = value ?? string.Empty;
        }

        /// <summary>The encoded video bytes of this chunk, decoded from the wire's base64 <c>delta</c>.</summary>
        [JsonPropertyName("delta")]
        public ReadOnlyMemory<byte> Delta { get; set; }
    }
}
