using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace VoiceLive
{
    /// <summary>
    /// Opens Voice Live sessions. Use the static <c>ConnectAsync</c> for a one-liner, or create one client (for
    /// example as a singleton in dependency injection) and call <see cref="ConnectAsync(string, CancellationToken)"/>
    /// per session. A <see cref="TokenCredential"/> is asked for a token on every connect.
    /// </summary>
    public partial class VoiceLiveClient
    {
        // The netstandard2.0 build has no way to reach an upgraded connection, so it keeps ClientWebSocket.
#if NET7_0_OR_GREATER
        private static readonly IWebSocketConnector DefaultConnector = HttpUpgradeConnector.Instance;
#else
        private static readonly IWebSocketConnector DefaultConnector = ClientWebSocketConnector.Instance;
#endif

        private readonly Uri _endpoint;
        private readonly VoiceLiveAuthenticator _authenticator;
        private readonly VoiceLiveClientOptions _options;
        private readonly ILogger _logger;

        /// <summary>Creates a client that authenticates with Microsoft Entra ID (recommended).</summary>
        /// <param name="endpoint">The resource endpoint, for example <c>https://&lt;resource&gt;.services.ai.azure.com</c>.</param>
        /// <param name="credential">The credential, for example <c>DefaultAzureCredential</c>.</param>
        /// <param name="options">Client options; null uses the defaults.</param>
        public VoiceLiveClient(Uri endpoint, TokenCredential credential, VoiceLiveClientOptions? options = null)
            : this(endpoint, options, o => new VoiceLiveAuthenticator(credential ?? throw new ArgumentNullException(nameof(credential)), o.CredentialScopes))
        {
        }

        /// <summary>Creates a client that authenticates with an API key (sent in the <c>api-key</c> header, never in the URL).</summary>
        /// <param name="endpoint">The resource endpoint.</param>
        /// <param name="credential">The API key.</param>
        /// <param name="options">Client options; null uses the defaults.</param>
        public VoiceLiveClient(Uri endpoint, AzureKeyCredential credential, VoiceLiveClientOptions? options = null)
            : this(endpoint, options, _ => new VoiceLiveAuthenticator(credential ?? throw new ArgumentNullException(nameof(credential))))
        {
        }

        /// <summary>For mocking only.</summary>
        protected VoiceLiveClient()
        {
            _endpoint = null!;
            _authenticator = null!;
            _options = null!;
            _logger = NullLogger.Instance;
        }

        private VoiceLiveClient(Uri endpoint, VoiceLiveClientOptions? options, Func<VoiceLiveClientOptions, VoiceLiveAuthenticator> authenticator)
        {
            VoiceLiveUriBuilder.ValidateEndpoint(endpoint);
            _endpoint = endpoint;
            _options = options ?? new VoiceLiveClientOptions();
            _authenticator = authenticator(_options);
            _logger = _options.LoggerFactory?.CreateLogger("VoiceLive") ?? NullLogger.Instance;
        }

        /// <summary>The endpoint the client connects to.</summary>
        public virtual Uri Endpoint => _endpoint;

        /// <summary>Connects to a model with Microsoft Entra ID authentication and returns the open session.</summary>
        /// <param name="endpoint">The resource endpoint.</param>
        /// <param name="credential">The credential.</param>
        /// <param name="model">The model, sent as the <c>model</c> query parameter (for example <c>gpt-realtime</c>).</param>
        /// <param name="options">Client options; null uses the defaults.</param>
        /// <param name="cancellationToken">Cancels connecting.</param>
        /// <returns>The connected session; its first event is <c>session.created</c>.</returns>
        public static Task<VoiceLiveConnection> ConnectAsync(Uri endpoint, TokenCredential credential, string model, VoiceLiveClientOptions? options = null, CancellationToken cancellationToken = default)
            => new VoiceLiveClient(endpoint, credential, options).ConnectAsync(model, cancellationToken);

        /// <summary>Connects to a model with an API key and returns the open session.</summary>
        /// <param name="endpoint">The resource endpoint.</param>
        /// <param name="credential">The API key.</param>
        /// <param name="model">The model, sent as the <c>model</c> query parameter.</param>
        /// <param name="options">Client options; null uses the defaults.</param>
        /// <param name="cancellationToken">Cancels connecting.</param>
        /// <returns>The connected session; its first event is <c>session.created</c>.</returns>
        public static Task<VoiceLiveConnection> ConnectAsync(Uri endpoint, AzureKeyCredential credential, string model, VoiceLiveClientOptions? options = null, CancellationToken cancellationToken = default)
            => new VoiceLiveClient(endpoint, credential, options).ConnectAsync(model, cancellationToken);

        /// <summary>
        /// Opens a session with a model: acquires the credential, performs the WebSocket upgrade and waits for the
        /// service's first event (<c>session.created</c>), which the connection then yields first.
        /// </summary>
        /// <param name="model">The model (for example <c>gpt-realtime</c>, <c>gpt-4.1</c>).</param>
        /// <param name="cancellationToken">Cancels connecting.</param>
        /// <returns>The connected session.</returns>
        /// <exception cref="VoiceLiveConnectionException">The upgrade was refused (see its Status), the network failed, the credential failed, or the session did not start within <see cref="VoiceLiveClientOptions.ConnectTimeout"/>.</exception>
        public virtual Task<VoiceLiveConnection> ConnectAsync(string model, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(model))
            {
                throw new ArgumentException("A model name is required.", nameof(model));
            }

            return ConnectResumableAsync(model, null, cancellationToken);
        }

        /// <summary>Opens a session with a Microsoft Foundry agent (the <c>agent-*</c> query parameters).</summary>
        /// <param name="agent">The agent; its name and project name are required.</param>
        /// <param name="cancellationToken">Cancels connecting.</param>
        /// <returns>The connected session.</returns>
        /// <exception cref="VoiceLiveConnectionException">Connecting failed; see <see cref="ConnectAsync(string, CancellationToken)"/>.</exception>
        public virtual Task<VoiceLiveConnection> ConnectAsync(AgentSessionConfig agent, CancellationToken cancellationToken = default)
        {
            if (agent is null)
            {
                throw new ArgumentNullException(nameof(agent));
            }

            agent.Validate();
            return ConnectResumableAsync(null, agent, cancellationToken);
        }

        private async Task<VoiceLiveConnection> ConnectCoreAsync(string? model, AgentSessionConfig? agent, CancellationToken cancellationToken)
        {
            string clientRequestId = Guid.NewGuid().ToString();
            Uri uri = VoiceLiveUriBuilder.Build(_endpoint, _options.ApiVersion, model, agent, _options.AdditionalQueryParameters);

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.ConnectTimeout);

            Log.Connecting(_logger, uri.ToString(), clientRequestId);
            System.Net.WebSockets.WebSocket socket;
            try
            {
                IReadOnlyList<KeyValuePair<string, string>> headers = await BuildHeadersAsync(clientRequestId, timeout.Token).ConfigureAwait(false);
                IWebSocketConnector connector = _options.Connector ?? DefaultConnector;
                socket = await connector.ConnectAsync(uri, headers, new WebSocketSettings(_options.KeepAliveInterval, _options.KeepAliveTimeout, clientRequestId), timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw Failed(new VoiceLiveConnectionException($"Connecting timed out after {_options.ConnectTimeout}.", 0, clientRequestId, ex));
            }
            catch (VoiceLiveConnectionException ex)
            {
                throw Failed(ex);
            }
            catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException || ex is System.Net.Http.HttpRequestException || ex is System.Net.Sockets.SocketException || ex is System.IO.IOException || ex is System.Security.Authentication.AuthenticationException)
            {
                throw Failed(new VoiceLiveConnectionException($"Could not connect to {uri.GetLeftPart(UriPartial.Path)}: {ex.Message}", 0, clientRequestId, ex));
            }

            var connection = new VoiceLiveConnection(socket, clientRequestId, _options);
            connection.KeepAliveTimeout = _options.KeepAliveInterval > TimeSpan.Zero ? _options.KeepAliveTimeout : System.Threading.Timeout.InfiniteTimeSpan;
            try
            {
                await connection.ReceiveFirstEventAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                await connection.AbortAsync().ConfigureAwait(false);
                if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                string why = ex is OperationCanceledException
                    ? $"The service accepted the WebSocket but sent no session.created within {_options.ConnectTimeout}."
                    : "The connection ended before the session started: " + ex.Message;
                throw Failed(new VoiceLiveConnectionException(why, 0, clientRequestId, ex));
            }

            Log.Connected(_logger, clientRequestId);
            return connection;

            VoiceLiveConnectionException Failed(VoiceLiveConnectionException error)
            {
                if (error.Status != 0)
                {
                    Log.ConnectRefused(_logger, error.Status, clientRequestId, error);
                }
                else
                {
                    Log.ConnectFailed(_logger, clientRequestId, error);
                }

                return error;
            }
        }

        private async Task<IReadOnlyList<KeyValuePair<string, string>>> BuildHeadersAsync(string clientRequestId, CancellationToken cancellationToken)
        {
            var headers = new List<KeyValuePair<string, string>>
            {
                await _authenticator.GetHeaderAsync(clientRequestId, cancellationToken).ConfigureAwait(false),
                new KeyValuePair<string, string>("x-ms-client-request-id", clientRequestId),
                new KeyValuePair<string, string>("User-Agent", UserAgent.Build(_options.Diagnostics.ApplicationId)),
            };

            // The user's headers override the library's of the same name.
            foreach (KeyValuePair<string, string> header in _options.AdditionalHeaders)
            {
                HeaderValidation.RejectLineBreaks(header.Key, "header name", "options");
                HeaderValidation.RejectHandshakeHeader(header.Key, "options");
                HeaderValidation.RejectLineBreaks(header.Value, $"header '{header.Key}'", "options");
                headers.RemoveAll(h => string.Equals(h.Key, header.Key, StringComparison.OrdinalIgnoreCase));
                headers.Add(header);
            }

            return headers;
        }
    }
}
