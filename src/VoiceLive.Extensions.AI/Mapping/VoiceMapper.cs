using System;

namespace VoiceLive
{
    /// <summary>
    /// MEAI's voice is a plain string. Azure voice names carry a locale (<c>en-US-AvaNeural</c>,
    /// <c>en-US-Ava:DragonHDLatestNeural</c>) and become <see cref="AzureStandardVoice"/>; the OpenAI names (<c>alloy</c>,
    /// <c>marin</c>, …) have none and become <see cref="OpenAIVoice"/>. Custom, personal and avatar voices need a
    /// <see cref="RequestSession"/> from <c>RawRepresentationFactory</c>.
    /// </summary>
    internal static class VoiceMapper
    {
        public static Voice ToVoice(string name)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("The voice name is empty.", nameof(name));
            }

            return name.IndexOf('-') >= 0 ? new AzureStandardVoice(name) : new OpenAIVoice(new OpenAIVoiceName(name));
        }

        /// <summary>The name of a voice as MEAI reports it (response.created's <c>voice</c>); null for kinds without one.</summary>
        public static string? ToName(Voice? voice) => voice switch
        {
            OpenAIVoice openAI => openAI.Name.ToString(),
            AzureStandardVoice standard => standard.Name,
            AzureCustomVoice custom => custom.Name,
            AzurePersonalVoice personal => personal.Name,
            _ => null,
        };
    }
}
