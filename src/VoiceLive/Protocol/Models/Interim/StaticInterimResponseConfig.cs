using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>Interim responses picked from fixed texts (<c>type</c> <c>static_interim_response</c>).</summary>
    public sealed class StaticInterimResponseConfig : InterimResponseConfig
    {
        private IList<InterimResponseTrigger> _triggers = new OptionalList<InterimResponseTrigger>();
        private IList<string> _texts = new OptionalList<string>();

        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public StaticInterimResponseConfig()
            : base(InterimResponseConfigType.StaticInterimResponse)
        {
        }

        /// <summary>What triggers an interim response (<c>triggers</c>); the service defaults to latency. Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("triggers")]
        public IList<InterimResponseTrigger> Triggers
        {
            get => _triggers;
            set => _triggers = value ?? new OptionalList<InterimResponseTrigger>();
        }

        /// <summary>Milliseconds of waiting before a latency-triggered interim response (<c>latency_threshold_ms</c>); default 2000.</summary>
        [JsonPropertyName("latency_threshold_ms")]
        public int? LatencyThresholdMs { get; set; }

        /// <summary>The texts to pick from (<c>texts</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("texts")]
        public IList<string> Texts
        {
            get => _texts;
            set => _texts = value ?? new OptionalList<string>();
        }
    }
}
