using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The voice the assistant speaks with (<c>voice</c> of a session or response), discriminated by <c>type</c>. The wire also allows a plain string, an OpenAI voice name: it reads as an <see cref="OpenAIVoice"/> and is written back as a string.</summary>
    // The converter reads the discriminator and hands off to the concrete type's generated metadata; the attribute is
    // not inherited, so subclasses serialize with their own contracts.
    [JsonConverter(typeof(VoiceConverter))]
    public abstract class Voice
    {
        /// <summary>Initializes the value with its discriminator.</summary>
        /// <param name="type">The wire <c>type</c>.</param>
        private protected Voice(string type)
        {
            Type = type ?? throw new ArgumentNullException(nameof(type));
        }

        /// <summary>Converts an OpenAI voice name to an <see cref="OpenAIVoice"/>, so <c>Voice = OpenAIVoiceName.Alloy</c> works.</summary>
        /// <param name="name">The OpenAI voice name.</param>
        public static implicit operator Voice(OpenAIVoiceName name) => new OpenAIVoice(name);

        /// <summary>The discriminator (<c>type</c> on the wire) that says which subclass this is.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-2)]
        public string Type { get; }
    }
}
