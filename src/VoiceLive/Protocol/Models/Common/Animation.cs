using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>Animation outputs of the session (<c>animation</c>).</summary>
    public sealed class Animation
    {
        private IList<AnimationOutputType> _outputs = new OptionalList<AnimationOutputType>();

        /// <summary>The animation model (<c>model_name</c>).</summary>
        [JsonPropertyName("model_name")]
        public string? ModelName { get; set; }

        /// <summary>The outputs to stream (<c>outputs</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("outputs")]
        public IList<AnimationOutputType> Outputs
        {
            get => _outputs;
            set => _outputs = value ?? new OptionalList<AnimationOutputType>();
        }
    }
}
