using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The Foundry agent behind an agent session (<c>session.agent</c> in <c>session.created</c>/<c>session.updated</c>).</summary>
    public sealed class AgentConfig
    {
        /// <summary>The object kind (<c>type</c>), always <c>agent</c>.</summary>
        [JsonPropertyName("type")]
        public string? Type { get; set; }

        /// <summary>The agent's name (<c>name</c>).</summary>
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;

        /// <summary>The agent's description (<c>description</c>).</summary>
        [JsonPropertyName("description")]
        public string? Description { get; set; }

        /// <summary>The agent's id (<c>agent_id</c>).</summary>
        [JsonPropertyName("agent_id")]
        public string AgentId { get; set; } = string.Empty;

        /// <summary>The agent thread that holds the conversation (<c>thread_id</c>).</summary>
        [JsonPropertyName("thread_id")]
        public string ThreadId { get; set; } = string.Empty;
    }
}
