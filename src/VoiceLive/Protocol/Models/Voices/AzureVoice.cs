using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>
    /// An Azure text-to-speech voice: the base of <see cref="AzureStandardVoice"/>, <see cref="AzureCustomVoice"/>,
    /// <see cref="AzurePersonalVoice"/> and <see cref="AzureAvatarVoiceSyncVoice"/>, holding the synthesis settings
    /// (<c>temperature</c>, lexicon, locales and SSML prosody) that all of them send. Test for it with <c>voice is AzureVoice</c>
    /// to read or set those settings whichever Azure voice a session uses.
    /// </summary>
    // Only the four Azure TTS voices derive from it (the constructor is private protected); each is still written and
    // read through its own generated contract, which includes these inherited properties. System.Text.Json writes a
    // derived type's own properties before inherited ones, so the JsonPropertyOrder values keep the field order these
    // voices always had: own fields (name, endpoint_id, model), temperature, then order 1 for the rest; the personal
    // voice puts its model at 1 because it has always followed temperature there.
    public abstract class AzureVoice : Voice
    {
        private IList<string> _preferLocales = new OptionalList<string>();

        /// <summary>Initializes the voice with its discriminator.</summary>
        /// <param name="type">The wire <c>type</c>, for example <c>azure-standard</c>.</param>
        private protected AzureVoice(string type)
            : base(type)
        {
        }

        /// <summary>Sampling temperature of the voice (<c>temperature</c>), 0.0 to 1.0; higher is more expressive.</summary>
        [JsonPropertyName("temperature")]
        public double? Temperature { get; set; }

        /// <summary>URL of a custom lexicon (<c>custom_lexicon_url</c>) that tells the voice how to pronounce words.</summary>
        [JsonPropertyName("custom_lexicon_url")]
        [JsonPropertyOrder(1)]
        public string? CustomLexiconUrl { get; set; }

        /// <summary>URL of custom text-normalization rules (<c>custom_text_normalization_url</c>).</summary>
        [JsonPropertyName("custom_text_normalization_url")]
        [JsonPropertyOrder(1)]
        public string? CustomTextNormalizationUrl { get; set; }

        /// <summary>Locales the voice prefers when the text's language is ambiguous (<c>prefer_locales</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("prefer_locales")]
        [JsonPropertyOrder(1)]
        public IList<string> PreferLocales
        {
            get => _preferLocales;
            set => _preferLocales = value ?? new OptionalList<string>();
        }

        /// <summary>The locale the voice speaks in (<c>locale</c>), for example <c>en-US</c>.</summary>
        [JsonPropertyName("locale")]
        [JsonPropertyOrder(1)]
        public string? Locale { get; set; }

        /// <summary>The speaking style (<c>style</c>), for example <c>cheerful</c>, where the voice supports styles.</summary>
        [JsonPropertyName("style")]
        [JsonPropertyOrder(1)]
        public string? Style { get; set; }

        /// <summary>The SSML prosody pitch (<c>pitch</c>), for example <c>+5%</c> or <c>high</c>.</summary>
        [JsonPropertyName("pitch")]
        [JsonPropertyOrder(1)]
        public string? Pitch { get; set; }

        /// <summary>The SSML prosody speaking rate (<c>rate</c>), for example <c>1.2</c> or <c>+20%</c>.</summary>
        [JsonPropertyName("rate")]
        [JsonPropertyOrder(1)]
        public string? Rate { get; set; }

        /// <summary>The SSML prosody volume (<c>volume</c>), for example <c>loud</c> or <c>+10%</c>.</summary>
        [JsonPropertyName("volume")]
        [JsonPropertyOrder(1)]
        public string? Volume { get; set; }
    }
}
