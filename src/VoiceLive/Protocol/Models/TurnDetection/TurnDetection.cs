using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>How the service detects the end of the user's turn (<c>turn_detection</c>), discriminated by <c>type</c>. <see cref="Disabled"/> stands for <c>null</c> on the wire, which turns server turn detection off.</summary>
    // The converter reads the discriminator and hands off to the concrete type's generated metadata; the attribute is
    // not inherited, so subclasses serialize with their own contracts.
    [JsonConverter(typeof(TurnDetectionConverter))]
    public abstract class TurnDetection
    {
        /// <summary>Initializes the value with its discriminator.</summary>
        /// <param name="type">The wire <c>type</c>.</param>
        private protected TurnDetection(TurnDetectionType type)
        {
            Type = type;
        }

        /// <summary>
        /// Turn detection switched off: written as <c>"turn_detection": null</c> (the service then waits for
        /// <c>input_audio_buffer.commit</c> and <c>response.create</c>), and what a <see cref="ResponseSession"/> reports when
        /// the service sends <c>null</c>. Compare with <c>==</c> or <see cref="object.ReferenceEquals"/>.
        /// </summary>
        public static TurnDetection Disabled { get; } = new DisabledTurnDetection();

        /// <summary>True for <see cref="Disabled"/>.</summary>
        [JsonIgnore]
        public bool IsDisabled => ReferenceEquals(this, Disabled);

        /// <summary>The discriminator (<c>type</c> on the wire) that says which subclass this is.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-2)]
        public TurnDetectionType Type { get; }
    }
}
