using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>An Azure custom neural voice (<c>type</c> <c>azure-custom</c>).</summary>
    public sealed class AzureCustomVoice : AzureVoice
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public AzureCustomVoice()
            : base("azure-custom")
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="name">The voice's name (<c>name</c>).</param>
        /// <param name="endpointId">The custom voice deployment's endpoint id (<c>endpoint_id</c>).</param>
        public AzureCustomVoice(string name, string endpointId)
            : base("azure-custom")
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            EndpointId = endpointId ?? throw new ArgumentNullException(nameof(endpointId));
        }

        /// <summary>The voice's name (<c>name</c>).</summary>
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;

        /// <summary>The custom voice deployment's endpoint id (<c>endpoint_id</c>).</summary>
        [JsonPropertyName("endpoint_id")]
        public string EndpointId { get; set; } = string.Empty;
    }
}
