using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>A Microsoft Foundry agent the model may call as a tool (<c>type</c> <c>foundry_agent</c>; preview).</summary>
    public sealed class FoundryAgentTool : Tool
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public FoundryAgentTool()
            : base(ToolType.FoundryAgent)
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="agentName">The agent's name (<c>agent_name</c>).</param>
        /// <param name="projectName">The Foundry project (<c>project_name</c>).</param>
        public FoundryAgentTool(string agentName, string projectName)
            : base(ToolType.FoundryAgent)
        {
            AgentName = agentName ?? throw new ArgumentNullException(nameof(agentName));
            ProjectName = projectName ?? throw new ArgumentNullException(nameof(projectName));
        }

        /// <summary>The agent's name (<c>agent_name</c>).</summary>
        [JsonPropertyName("agent_name")]
        public string AgentName { get; set; } = string.Empty;

        /// <summary>The Foundry project (<c>project_name</c>).</summary>
        [JsonPropertyName("project_name")]
        public string ProjectName { get; set; } = string.Empty;

        /// <summary>The agent version (<c>agent_version</c>).</summary>
        [JsonPropertyName("agent_version")]
        public string? AgentVersion { get; set; }

        /// <summary>The managed identity client id used to call the agent (<c>client_id</c>).</summary>
        [JsonPropertyName("client_id")]
        public string? ClientId { get; set; }

        /// <summary>What the agent does, for the model (<c>description</c>).</summary>
        [JsonPropertyName("description")]
        public string? Description { get; set; }

        /// <summary>A different Foundry resource that hosts the agent (<c>foundry_resource_override</c>).</summary>
        [JsonPropertyName("foundry_resource_override")]
        public string? FoundryResourceOverride { get; set; }

        /// <summary>What context the agent receives (<c>agent_context_type</c>).</summary>
        [JsonPropertyName("agent_context_type")]
        public FoundryAgentContextType? AgentContextType { get; set; }

        /// <summary>Whether the agent's answer is spoken as is (<c>return_agent_response_directly</c>); the service defaults to true.</summary>
        [JsonPropertyName("return_agent_response_directly")]
        public bool? ReturnAgentResponseDirectly { get; set; }
    }
}
