using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

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

        /// <summary>
        /// Converts a voice name to a voice, so <c>Voice = "alloy"</c> ports Python's <c>voice="alloy"</c>; see <see cref="FromName"/>.
        /// </summary>
        /// <param name="name">An OpenAI voice name (<c>alloy</c>) or an Azure voice name (<c>en-US-AvaNeural</c>); null gives null.</param>
        public static implicit operator Voice?(string? name) => name is null ? null : FromName(name);

        /// <summary>
        /// The voice a plain name stands for, the way the Python package takes a string. A name with a locale prefix
        /// (it contains <c>-</c>, as in <c>en-US-AvaNeural</c> or <c>en-US-Ava:DragonHDLatestNeural</c>) is an Azure
        /// text-to-speech voice: <see cref="AzureStandardVoice"/>, sent as <c>{"type":"azure-standard","name":…}</c>. Any
        /// other name (<c>alloy</c>, <c>marin</c>, …) is an OpenAI voice: <see cref="OpenAIVoice"/>, sent as
        /// <c>{"type":"openai","name":…}</c>, the object form the service's specification defines next to the legacy plain
        /// string, which it accepts for OpenAI voices only. Custom, personal and realtime-native voices need their own types.
        /// </summary>
        /// <param name="name">The voice's name.</param>
        /// <returns>The voice.</returns>
        /// <exception cref="ArgumentException"><paramref name="name"/> is empty or blank.</exception>
        public static Voice FromName(string name)
        {
            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("A voice name must not be empty.", nameof(name));
            }

            // Azure neural voices are named after their locale ("en-US-…"); OpenAI voice names never contain a hyphen.
            return name.IndexOf('-') >= 0 ? new AzureStandardVoice(name) : new OpenAIVoice(new OpenAIVoiceName(name));
        }

        /// <summary>The discriminator (<c>type</c> on the wire) that says which subclass this is.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-2)]
        public string Type { get; }
    }
}
