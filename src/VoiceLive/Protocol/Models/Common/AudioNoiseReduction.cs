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

        /// <summary>Creates an instance with its required fields.</summary>
        /// <param name="type">The <c>type</c>.</param>
        public AudioNoiseReduction(NoiseReductionType type)
        {
            Type = type;
        }

        /// <summary>The kind of noise reduction (<c>type</c>).</summary>
        [JsonPropertyName("type")]
        public NoiseReductionType Type { get; set; }
    }
}
