using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>Interim responses the service speaks while the real answer is prepared (<c>interim_response</c>), discriminated by <c>type</c>.</summary>
    // The converter reads the discriminator and hands off to the concrete type's generated metadata; the attribute is
    // not inherited, so subclasses serialize with their own contracts.
    [JsonConverter(typeof(InterimResponseConfigConverter))]
    public abstract class InterimResponseConfig
    {
        /// <summary>Initializes the value with its discriminator.</summary>
        /// <param name="type">The wire <c>type</c>.</param>
        private protected InterimResponseConfig(InterimResponseConfigType type)
        {
            Type = type;
        }

        /// <summary>The discriminator (<c>type</c> on the wire) that says which subclass this is.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-2)]
        public InterimResponseConfigType Type { get; }
    }
}
