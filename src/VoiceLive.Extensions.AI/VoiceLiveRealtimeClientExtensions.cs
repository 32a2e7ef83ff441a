using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;

namespace VoiceLive
{
    /// <summary>
    /// Turns a <see cref="VoiceLiveClient"/> into a Microsoft.Extensions.AI <see cref="IRealtimeClient"/>, so Voice Live
    /// runs under the MEAI realtime pipeline (<c>AsBuilder().UseFunctionInvocation().UseOpenTelemetry().UseLogging()</c>).
    /// </summary>
    /// <remarks>
    /// The MEAI realtime abstractions are experimental (diagnostic <c>MEAI001</c>); so is this entry point.
    /// Each <see cref="IRealtimeClient.CreateSessionAsync"/> opens one WebSocket connection and sends the options as
    /// <c>session.update</c>. See docs/extensions-ai.md for the mapping of every option and message.
    /// </remarks>
    [Experimental("MEAI001")]
    public static class VoiceLiveRealtimeClientExtensions
    {
        /// <summary>
        /// A realtime client whose sessions connect to <paramref name="model"/> (the <c>model</c> query parameter of the
        /// WebSocket URL; <see cref="RealtimeSessionOptions.Model"/> overrides it per session).
        /// </summary>
        /// <param name="client">The Voice Live client that opens the connections.</param>
        /// <param name="model">The model deployment, for example <c>gpt-realtime</c>.</param>
        /// <returns>The realtime client; disposing it does not dispose <paramref name="client"/>.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="model"/> is null or blank.</exception>
        public static IRealtimeClient AsIRealtimeClient(this VoiceLiveClient client, string model)
        {
            if (client is null)
            {
                throw new ArgumentNullException(nameof(client));
            }

            if (string.IsNullOrWhiteSpace(model))
            {
                throw new ArgumentException("A model name is required.", nameof(model));
            }

            return new VoiceLiveRealtimeClient(client, model, agent: null);
        }

        /// <summary>
        /// A realtime client whose sessions connect to a Microsoft Foundry agent (the <c>agent-*</c> query parameters);
        /// the agent brings its own model, so <see cref="RealtimeSessionOptions.Model"/> is not used.
        /// </summary>
        /// <param name="client">The Voice Live client that opens the connections.</param>
        /// <param name="agent">The agent and project to connect to.</param>
        /// <returns>The realtime client; disposing it does not dispose <paramref name="client"/>.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="client"/> or <paramref name="agent"/> is null.</exception>
        public static IRealtimeClient AsIRealtimeClient(this VoiceLiveClient client, AgentSessionConfig agent)
        {
            if (client is null)
            {
                throw new ArgumentNullException(nameof(client));
            }

            if (agent is null)
            {
                throw new ArgumentNullException(nameof(agent));
            }

            return new VoiceLiveRealtimeClient(client, model: null, agent);
        }
    }
}
