using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Echo cancellation of input audio (<c>input_audio_echo_cancellation</c>, <c>type</c> <c>server_echo_cancellation</c>).</summary>
    public sealed class AudioEchoCancellation
    {
        /// <summary>
        /// The setting switched off: a session property holding this instance is written as <c>null</c>, which turns the
        /// feature off, and a session the service reports with <c>null</c> holds it. Its own properties are never sent.
        /// Compare by reference or with <see cref="IsDisabled"/>.
        /// </summary>
        public static AudioEchoCancellation Disabled { get; } = new AudioEchoCancellation();

        /// <summary>True for <see cref="Disabled"/>.</summary>
        [JsonIgnore]
        public bool IsDisabled => ReferenceEquals(this, Disabled);

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
