using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace VoiceLive
{
    /// <summary>The <see cref="IRealtimeClient"/> over a <see cref="VoiceLiveClient"/>: one connection per session.</summary>
    internal sealed class VoiceLiveRealtimeClient : IRealtimeClient
    {
        /// <summary>The provider name reported to OpenTelemetry (<c>gen_ai.provider.name</c>).</summary>
        internal const string ProviderName = "azure.ai.voicelive";

        private readonly VoiceLiveClient _client;
        private readonly string? _model;
        private readonly AgentSessionConfig? _agent;
        private readonly ILogger _logger;

        public VoiceLiveRealtimeClient(VoiceLiveClient client, string? model, AgentSessionConfig? agent)
        {
            _client = client;
            _model = model;
            _agent = agent;
            _logger = client.LoggerFactory?.CreateLogger("VoiceLive.Extensions.AI") ?? NullLogger.Instance;
            
            // A client made for mocking has no endpoint.
            Metadata = new ChatClientMetadata(ProviderName, (Uri?)client.Endpoint, model);
        }

        /// <summary>What OpenTelemetry middleware reads: provider, endpoint, default model.</summary>
        public ChatClientMetadata Metadata { get; }

        /// <summary>
        /// Connects (model or agent as configured; <see cref="RealtimeSessionOptions.Model"/> replaces the model), then
        /// sends the options as <c>session.update</c> when there are any. The session's first event is
        /// <c>session.created</c>; the <c>session.updated</c> (or an <c>error</c>) follows in its stream.
        /// </summary>
        public async Task<IRealtimeClientSession> CreateSessionAsync(RealtimeSessionOptions? options = null, CancellationToken cancellationToken = default)
        {
            // Map before connecting: options that cannot be expressed fail here, without a connection to clean up.
            RequestSession? update = options is null ? null : SessionOptionsMapper.ToRequestSession(options);

            VoiceLiveConnection connection = _agent is not null
                ? await _client.ConnectAsync(_agent, cancellationToken).ConfigureAwait(false)
                : await _client.ConnectAsync(options?.Model ?? _model!, cancellationToken).ConfigureAwait(false);

            var session = new VoiceLiveRealtimeClientSession(connection, options, Metadata, _logger);
            try
            {
                if (update is not null)
                {
                    await connection.Session.UpdateAsync(update, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
            }
            catch
            {
                await session.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            return session;
        }

        /// <summary>Returns this client, its <see cref="ChatClientMetadata"/>, or the underlying <see cref="VoiceLiveClient"/>.</summary>
        public object? GetService(Type serviceType, object? serviceKey = null)
        {
            if (serviceType is null)
            {
                throw new ArgumentNullException(nameof(serviceType));
            }

            if (serviceKey is not null)
            {
                return null;
            }

            if (serviceType == typeof(ChatClientMetadata))
            {
                return Metadata;
            }

            if (serviceType.IsInstanceOfType(_client))
            {
                return _client;
            }

            return serviceType.IsInstanceOfType(this) ? this : null;
        }

        /// <summary>Nothing to release: each session owns its connection, and the <see cref="VoiceLiveClient"/> belongs to the caller.</summary>
        public void Dispose()
        {
        }
    }
}
