using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>A call of a Foundry agent tool (<c>type</c> <c>foundry_agent_call</c>; preview).</summary>
    public sealed class ResponseFoundryAgentCallItem : ResponseItem
    {
        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public ResponseFoundryAgentCallItem()
            : base(ItemType.FoundryAgentCall)
        {
        }

        /// <summary>The agent tool's name (<c>name</c>).</summary>
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;

        /// <summary>The call id (<c>call_id</c>).</summary>
        [JsonPropertyName("call_id")]
        public string CallId { get; set; } = string.Empty;

        /// <summary>The arguments as a JSON string (<c>arguments</c>).</summary>
        [JsonPropertyName("arguments")]
        public string Arguments { get; set; } = string.Empty;

        /// <summary>The agent's response id (<c>agent_response_id</c>).</summary>
        [JsonPropertyName("agent_response_id")]
        public string? AgentResponseId { get; set; }

        /// <summary>The agent's output (<c>output</c>).</summary>
        [JsonPropertyName("output")]
        public string? Output { get; set; }

        /// <summary>The error when the call failed (<c>error</c>), as raw JSON.</summary>
        [JsonPropertyName("error")]
        [JsonConverter(typeof(RawJsonConverter))]
        public BinaryData? Error { get; set; }
    }
}
