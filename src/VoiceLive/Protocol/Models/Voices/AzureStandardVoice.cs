using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>An Azure neural text-to-speech voice (<c>type</c> <c>azure-standard</c>), for example <c>en-US-AvaNeural</c>.</summary>
    public sealed class AzureStandardVoice : AzureVoice
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public AzureStandardVoice()
            : base("azure-standard")
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="name">The voice's name (<c>name</c>), for example <c>en-US-AvaNeural</c>.</param>
        public AzureStandardVoice(string name)
            : base("azure-standard")
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
        }

        /// <summary>The voice's name (<c>name</c>), for example <c>en-US-AvaNeural</c>.</summary>
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;
    }
}
