using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>An Azure neural text-to-speech voice (<c>type</c> <c>azure-standard</c>), for example <c>en-US-AvaNeural</c>.</summary>
    public sealed class AzureStandardVoice : Voice
    {
        private IList<string> _preferLocales = new OptionalList<string>();

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

        /// <summary>Sampling temperature of the voice (<c>temperature</c>), 0.0 to 1.0; higher is more expressive.</summary>
        [JsonPropertyName("temperature")]
        public double? Temperature { get; set; }

        /// <summary>URL of a custom lexicon (<c>custom_lexicon_url</c>) that tells the voice how to pronounce words.</summary>
        [JsonPropertyName("custom_lexicon_url")]
        public string? CustomLexiconUrl { get; set; }

        /// <summary>URL of custom text-normalization rules (<c>custom_text_normalization_url</c>).</summary>
        [JsonPropertyName("custom_text_normalization_url")]
        public string? CustomTextNormalizationUrl { get; set; }

        /// <summary>Locales the voice prefers when the text's language is ambiguous (<c>prefer_locales</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("prefer_locales")]
        public IList<string> PreferLocales
        {
            get => _preferLocales;
            set => _preferLocales = value ?? new OptionalList<string>();
        }

        /// <summary>The locale the voice speaks in (<c>locale</c>), for example <c>en-US</c>.</summary>
        [JsonPropertyName("locale")]
        public string? Locale { get; set; }

        /// <summary>The speaking style (<c>style</c>), for example <c>cheerful</c>, where the voice supports styles.</summary>
        [JsonPropertyName("style")]
        public string? Style { get; set; }

        /// <summary>The SSML prosody pitch (<c>pitch</c>), for example <c>+5%</c> or <c>high</c>.</summary>
        [JsonPropertyName("pitch")]
        public string? Pitch { get; set; }

        /// <summary>The SSML prosody speaking rate (<c>rate</c>), for example <c>1.2</c> or <c>+20%</c>.</summary>
        [JsonPropertyName("rate")]
        public string? Rate { get; set; }

        /// <summary>The SSML prosody volume (<c>volume</c>), for example <c>loud</c> or <c>+10%</c>.</summary>
        [JsonPropertyName("volume")]
        public string? Volume { get; set; }
    }
}
