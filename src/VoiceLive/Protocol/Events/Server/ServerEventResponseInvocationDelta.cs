using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.invocation.delta</c>: a chunk of output from a hosted agent invocation (agent sessions); its shape is defined by the agent.
    /// </summary>
    [WireEvent("response.invocation.delta", EventGroup.Responses)]
    public sealed class ServerEventResponseInvocationDelta : ServerEvent
    {
        private IDictionary<string, BinaryData> _delta = new Dictionary<string, BinaryData>();

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseInvocationDelta()
            : base(WireNames.ResponseInvocationDelta)
        {
        }

        /// <summary>The chunk of agent output (<c>delta</c>): each property of the JSON object, with its value as raw JSON. Never null.</summary>
        [JsonPropertyName("delta")]
        [JsonConverter(typeof(RawJsonDictionaryConverter))]
        public IDictionary<string, BinaryData> Delta
        {
            get => _delta;
            set => _delta = value ?? new Dictionary<string, BinaryData>();
        }
    }
}
