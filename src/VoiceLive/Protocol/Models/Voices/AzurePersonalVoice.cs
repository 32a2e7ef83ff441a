using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>An Azure personal voice (<c>type</c> <c>azure-personal</c>).</summary>
    public sealed class AzurePersonalVoice : AzureVoice
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public AzurePersonalVoice()
            : base("azure-personal")
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="name">The speaker profile's name (<c>name</c>).</param>
        /// <param name="model">The model that renders the voice (<c>model</c>).</param>
        public AzurePersonalVoice(string name, PersonalVoiceModels model)
            : base("azure-personal")
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Model = model;
        }

        /// <summary>The speaker profile's name (<c>name</c>).</summary>
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;

        /// <summary>The model that renders the voice (<c>model</c>).</summary>
        [JsonPropertyName("model")]
        [JsonPropertyOrder(1)] // after the inherited temperature, before the other inherited settings (see AzureVoice)
        public PersonalVoiceModels Model { get; set; }
    }
}
