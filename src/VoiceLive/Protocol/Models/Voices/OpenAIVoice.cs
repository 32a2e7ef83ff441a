using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>An OpenAI voice (<c>type</c> <c>openai</c>). Read from either the object form or the legacy plain-string <c>voice</c>; written in the form it was read in, and as an object when built in code.</summary>
    public sealed class OpenAIVoice : Voice
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public OpenAIVoice()
            : base("openai")
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="name">The voice's name (<c>name</c>).</param>
        public OpenAIVoice(OpenAIVoiceName name)
            : base("openai")
        {
            Name = name;
        }

        /// <summary>True when the voice was read from the legacy plain-string form; it is then written back the same way.</summary>
        internal bool IsStringForm { get; set; }

        /// <summary>The voice's name (<c>name</c>).</summary>
        [JsonPropertyName("name")]
        public OpenAIVoiceName Name { get; set; }
    }
}
