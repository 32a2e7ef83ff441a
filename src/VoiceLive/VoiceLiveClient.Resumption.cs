using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Resilience;

namespace VoiceLive
{
    public partial class VoiceLiveClient
    {
        // Set while a reconnection attempt runs: the resumption's own backoff spaces the attempts, so the connect path
        // must not also retry a refusal under ClientOptions.Retry (an async local flows into the call, not back out).
        private static readonly AsyncLocal<bool> s_reconnecting = new AsyncLocal<bool>();

        /// <summary>Connects, and with <see cref="VoiceLiveClientOptions.Reconnection"/> enabled makes the connection resumable.</summary>
        private async Task<VoiceLiveConnection> ConnectResumableAsync(string? model, AgentSessionConfig? agent, CancellationToken cancellationToken)
        {
            VoiceLiveConnection connection = await ConnectObservedAsync(model, agent, cancellationToken).ConfigureAwait(false);
            VoiceLiveReconnectionOptions reconnection = _options.Reconnection;
            if (reconnection.Enabled)
            {
                connection.EnableResumption(new ConnectionResumption(reconnection, token => ReconnectAsync(model, agent, token)));
            }

            return connection;
        }

        /// <summary>
        /// One reconnection attempt: the whole connect path again (a fresh credential, the same model or agent and
        /// query, the connect timeout), the new socket then handed to the resuming connection.
        /// </summary>
        private async Task<ReopenedSocket> ReconnectAsync(string? model, AgentSessionConfig? agent, CancellationToken cancellationToken)
        {
            s_reconnecting.Value = true;
            VoiceLiveConnection opened = await ConnectObservedAsync(model, agent, cancellationToken).ConfigureAwait(false);
            return opened.DetachForResumption();
        }
    }
}
