using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>Azure semantic voice activity detection (<c>type</c> <c>azure_semantic_vad</c>).</summary>
    public sealed class AzureSemanticVad : AzureSemanticVadTurnDetection
    {
        private IList<string> _languages = new OptionalList<string>();

        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public AzureSemanticVad()
            : base(TurnDetectionType.AzureSemanticVad)
        {
        }

        /// <summary>Languages to expect, for example <c>en</c> or <c>fr</c> (<c>languages</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("languages")]
        [JsonPropertyOrder(1)] // after the inherited speech settings, before the turn-handling switches (see VadTurnDetection)
        public IList<string> Languages
        {
            get => _languages;
            set => _languages = value ?? new OptionalList<string>();
        }
    }
}
