using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// OpenAI semantic turn detection (<c>type</c> <c>semantic_vad</c>, api-version <c>v1</c>): a turn-detection model
    /// estimates whether the user has finished speaking and waits longer when they trail off.
    /// </summary>
    public sealed class SemanticVad : TurnDetection
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public SemanticVad()
            : base(TurnDetectionType.SemanticVad)
        {
        }

        /// <summary>How eagerly the turn ends (<c>eagerness</c>); the service defaults to <see cref="SemanticVadEagerness.Auto"/>.</summary>
        [JsonPropertyName("eagerness")]
        public SemanticVadEagerness? Eagerness { get; set; }

        /// <summary>Whether a response starts when the turn ends (<c>create_response</c>); the service defaults to true.</summary>
        [JsonPropertyName("create_response")]
        public bool? CreateResponse { get; set; }

        /// <summary>Whether speech interrupts a response in progress (<c>interrupt_response</c>); the service defaults to true.</summary>
        [JsonPropertyName("interrupt_response")]
        public bool? InterruptResponse { get; set; }
    }
}
