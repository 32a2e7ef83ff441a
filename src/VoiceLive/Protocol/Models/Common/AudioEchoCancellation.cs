using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Echo cancellation of input audio (<c>input_audio_echo_cancellation</c>, <c>type</c> <c>server_echo_cancellation</c>).</summary>
    public sealed class AudioEchoCancellation
    {
        /// <summary>The kind of echo cancellation (<c>type</c>), <c>server_echo_cancellation</c>.</summary>
        [JsonPropertyName("type")]
        public string Type { get; set; } = "server_echo_cancellation";

        /// <summary>Where the reference signal comes from (<c>reference_source</c>).</summary>
        [JsonPropertyName("reference_source")]
        public EchoCancellationReferenceSource? ReferenceSource { get; set; }

        /// <summary>Input channels (<c>channels</c>): 1 with a server reference, 2 (interleaved microphone and reference) with a client reference.</summary>
        [JsonPropertyName("channels")]
        public int? Channels { get; set; }
    }
}
