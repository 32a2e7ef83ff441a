using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The voice that belongs to the session's photo avatar (<c>type</c> <c>avatar-voice-sync</c>); it has no name.</summary>
    public sealed class AzureAvatarVoiceSyncVoice : AzureVoice
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public AzureAvatarVoiceSyncVoice()
            : base("avatar-voice-sync")
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="model">The model that renders the voice (<c>model</c>).</param>
        public AzureAvatarVoiceSyncVoice(PersonalVoiceModels model)
            : base("avatar-voice-sync")
        {
            Model = model;
        }

        /// <summary>The model that renders the voice (<c>model</c>).</summary>
        [JsonPropertyName("model")]
        public PersonalVoiceModels Model { get; set; }
    }
}
