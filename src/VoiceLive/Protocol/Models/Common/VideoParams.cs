using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Video settings of the avatar (<c>avatar.video</c>).</summary>
    public sealed class VideoParams
    {
        /// <summary>Bits per second (<c>bitrate</c>); the service defaults to 2000000.</summary>
        [JsonPropertyName("bitrate")]
        public int? Bitrate { get; set; }

        /// <summary>The codec (<c>codec</c>), <c>h264</c>.</summary>
        [JsonPropertyName("codec")]
        public string? Codec { get; set; }

        /// <summary>The crop rectangle (<c>crop</c>).</summary>
        [JsonPropertyName("crop")]
        public VideoCrop? Crop { get; set; }

        /// <summary>The frame size (<c>resolution</c>).</summary>
        [JsonPropertyName("resolution")]
        public VideoResolution? Resolution { get; set; }

        /// <summary>The background (<c>background</c>).</summary>
        [JsonPropertyName("background")]
        public Background? Background { get; set; }

        /// <summary>Frames per group of pictures, 1 to 2000 (<c>gop_size</c>).</summary>
        [JsonPropertyName("gop_size")]
        public int? GopSize { get; set; }
    }
}
