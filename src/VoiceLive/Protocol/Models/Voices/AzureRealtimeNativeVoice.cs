using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>A voice built into the <c>azure-realtime</c> model (<c>type</c> <c>azure-realtime-native</c>).</summary>
    public sealed class AzureRealtimeNativeVoice : Voice
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public AzureRealtimeNativeVoice()
            : base("azure-realtime-native")
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="name">The voice's name (<c>name</c>).</param>
        public AzureRealtimeNativeVoice(AzureRealtimeNativeVoiceName name)
            : base("azure-realtime-native")
        {
            Name = name;
        }

        /// <summary>The voice's name (<c>name</c>).</summary>
        [JsonPropertyName("name")]
        public AzureRealtimeNativeVoiceName Name { get; set; }
    }
}
