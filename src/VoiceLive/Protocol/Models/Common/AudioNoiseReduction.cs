using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Noise reduction of input audio (<c>input_audio_noise_reduction</c>).</summary>
    public sealed class AudioNoiseReduction
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public AudioNoiseReduction()
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="type">The kind of noise reduction (<c>type</c>).</param>
        public AudioNoiseReduction(NoiseReductionType type)
        {
            Type = type;
        }

        /// <summary>
        /// The setting switched off: a session property holding this instance is written as <c>null</c>, which turns the
        /// feature off, and a session the service reports with <c>null</c> holds it. Its own properties are never sent.
        /// Compare by reference or with <see cref="IsDisabled"/>.
        /// </summary>
        public static AudioNoiseReduction Disabled { get; } = new AudioNoiseReduction();

        /// <summary>True for <see cref="Disabled"/>.</summary>
        [JsonIgnore]
        public bool IsDisabled => ReferenceEquals(this, Disabled);

        /// <summary>The kind of noise reduction (<c>type</c>).</summary>
        [JsonPropertyName("type")]
        public NoiseReductionType Type { get; set; }
    }
}
