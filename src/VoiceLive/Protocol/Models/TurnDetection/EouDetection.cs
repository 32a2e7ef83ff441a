using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>Semantic end-of-utterance detection (<c>end_of_utterance_detection</c> of turn detection), discriminated by <c>model</c>.</summary>
    // The converter reads the discriminator and hands off to the concrete type's generated metadata; the attribute is
    // not inherited, so subclasses serialize with their own contracts.
    [JsonConverter(typeof(EouDetectionConverter))]
    public abstract class EouDetection
    {
        /// <summary>Initializes the value with its discriminator.</summary>
        /// <param name="model">The wire <c>model</c>.</param>
        private protected EouDetection(string model)
        {
            Model = model ?? throw new ArgumentNullException(nameof(model));
        }

        /// <summary>The discriminator (<c>model</c> on the wire) that says which subclass this is.</summary>
        [JsonPropertyName("model")]
        [JsonPropertyOrder(-2)]
        public string Model { get; }
    }
}
