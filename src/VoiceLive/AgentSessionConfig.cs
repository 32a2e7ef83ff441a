using System;

namespace VoiceLive
{
    /// <summary>
    /// Connects to a Microsoft Foundry agent instead of a model: the values become the <c>agent-*</c> query parameters
    /// of the WebSocket URL. <see cref="AgentName"/> and <see cref="ProjectName"/> are required.
    /// </summary>
    public sealed class AgentSessionConfig
    {
        /// <summary>Creates the configuration with the two required names.</summary>
        /// <param name="agentName">The agent's name (<c>agent-name</c>).</param>
        /// <param name="projectName">The Foundry project's name (<c>agent-project-name</c>).</param>
        public AgentSessionConfig(string agentName, string projectName)
        {
            AgentName = agentName;
            ProjectName = projectName;
        }

        /// <summary>The agent's name, sent as <c>agent-name</c>. Required.</summary>
        public string AgentName { get; set; }

        /// <summary>The Foundry project's name, sent as <c>agent-project-name</c>. Required.</summary>
        public string ProjectName { get; set; }

        /// <summary>The agent version, sent as <c>agent-version</c> when set.</summary>
        public string? AgentVersion { get; set; }

        /// <summary>A conversation to continue, sent as <c>conversation-id</c> when set.</summary>
        public string? ConversationId { get; set; }

        /// <summary>The client id of the identity the agent authenticates as, sent as <c>agent-authentication-identity-client-id</c> when set.</summary>
        public string? AuthenticationIdentityClientId { get; set; }

        /// <summary>A Foundry resource that hosts the agent, sent as <c>foundry-resource-override</c> when set.</summary>
        public string? FoundryResourceOverride { get; set; }

        /// <summary>Checks that both required names are present.</summary>
        internal void Validate()
        {
            if (string.IsNullOrWhiteSpace(AgentName) || string.IsNullOrWhiteSpace(ProjectName))
            {
                throw new ArgumentException("Both AgentName and ProjectName are required to connect to an agent.", "agent");
            }
        }

        /// <summary>Names the agent and project; nothing here is secret.</summary>
        /// <returns>A short description.</returns>
        public override string ToString() => $"agent {AgentName} in project {ProjectName}";
    }
}
