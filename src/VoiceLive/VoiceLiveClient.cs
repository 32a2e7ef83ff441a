using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using VoiceLive.Authentication;
using VoiceLive.Diagnostics;
using VoiceLive.Transport;

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

        // The jitter of connect retries; Random is not thread-safe and netstandard2.0 has no Random.Shared.
        private static readonly ThreadLocal<Random> s_jitter = new ThreadLocal<Random>(() => new Random());

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
            RejectPipelineOptions(_options);
            _authenticator = authenticator(_options);
            _logger = _options.LoggerFactory?.CreateLogger("VoiceLive") ?? NullLogger.Instance;
        }

        // Transport and RetryPolicy configure Azure.Core's HTTP pipeline, which the WebSocket does not use: refusing them
        // beats ignoring them silently (Retry, which does apply, is the way to tune retries).
        private static void RejectPipelineOptions(VoiceLiveClientOptions options)
        {
            if (options.RetryPolicy is not null)
            {
                throw new ArgumentException("VoiceLiveClientOptions.RetryPolicy is an HTTP pipeline policy and cannot apply to the WebSocket; set VoiceLiveClientOptions.Retry (MaxRetries, Delay, MaxDelay, Mode) to tune connect retries.", nameof(options));
            }

            if (!ReferenceEquals(options.Transport, Azure.Core.Pipeline.HttpClientTransport.Shared))
            {
                throw new ArgumentException("VoiceLiveClientOptions.Transport is an HTTP pipeline transport and cannot carry the WebSocket; leave it unset.", nameof(options));
            }
        }

        /// <summary>The endpoint the client connects to.</summary>
        public virtual Uri Endpoint => _endpoint;

        /// <summary>The logger factory of the client's options, for components built over the client (the MEAI provider) to log as the client does.</summary>
        internal ILoggerFactory? LoggerFactory => _options?.LoggerFactory;

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

        private Task<VoiceLiveConnection> ConnectCoreAsync(string? model, AgentSessionConfig? agent, CancellationToken cancellationToken)
            => ConnectToUriAsync(VoiceLiveUriBuilder.Build(_endpoint, _options.ApiVersion, model, agent, _options.AdditionalQueryParameters), cancellationToken);

        private async Task<VoiceLiveConnection> ConnectToUriAsync(Uri uri, CancellationToken cancellationToken)
        {
            string clientRequestId = Guid.NewGuid().ToString();

            (CancellationTokenSource linked, CancellationTokenSource timer) = Timeouts.After(_options.TimeProvider, _options.ConnectTimeout, cancellationToken);
            using CancellationTokenSource timeout = linked;
            using CancellationTokenSource __ = timer;

            Log.Connecting(_logger, uri.ToString(), clientRequestId);
            System.Net.WebSockets.WebSocket socket;
            try
            {
                socket = await OpenWithRetriesAsync(uri, clientRequestId, timeout.Token, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw Failed(new VoiceLiveConnectionException($"Connecting timed out after {_options.ConnectTimeout}.", 0, clientRequestId, ex));
            }
            catch (VoiceLiveConnectionException ex)
            {
                throw Failed(ex);
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

        /// <summary>
        /// Opens the WebSocket, trying again after a transient refusal or network failure as <see cref="ClientOptions.Retry"/>
        /// says (see <see cref="ConnectRetry"/>). A wait that would outlast the connect timeout ends with the last
        /// attempt's failure, which says more than "timed out"; the caller's own cancellation stays a cancellation.
        /// </summary>
        private async Task<System.Net.WebSockets.WebSocket> OpenWithRetriesAsync(Uri uri, string clientRequestId, CancellationToken timeout, CancellationToken callerToken)
        {
            Func<TimeSpan, CancellationToken, Task> wait = _options.RetryDelay ?? ConnectRetry.WaitAsync;
            for (int attempt = 0; ; attempt++)
            {
                try
                {
                    return await OpenOnceAsync(uri, clientRequestId, timeout).ConfigureAwait(false);
                }
                catch (VoiceLiveConnectionException failure) when (!s_reconnecting.Value && ConnectRetry.ShouldRetry(failure, attempt, _options.Retry))
                {
                    TimeSpan delay = ConnectRetry.Delay(failure, attempt, _options.Retry, s_jitter.Value!);
                    Log.ConnectRetrying(_logger, failure.Status, clientRequestId, attempt + 2, delay, failure);
                    try
                    {
                        await wait(delay, timeout).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (timeout.IsCancellationRequested && !callerToken.IsCancellationRequested)
                    {
                        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
                    }
                }
            }
        }

        /// <summary>One attempt: a fresh token (a token can expire between attempts), then the upgrade.</summary>
        private async Task<System.Net.WebSockets.WebSocket> OpenOnceAsync(Uri uri, string clientRequestId, CancellationToken timeout)
        {
            try
            {
                IReadOnlyList<KeyValuePair<string, string>> headers = await BuildHeadersAsync(clientRequestId, timeout).ConfigureAwait(false);
                IWebSocketConnector connector = _options.Connector ?? DefaultConnector;
                return await connector.ConnectAsync(uri, headers, new WebSocketSettings(_options.KeepAliveInterval, _options.KeepAliveTimeout, clientRequestId, _options.TimeProvider), timeout).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException || ex is System.Net.Http.HttpRequestException || ex is System.Net.Sockets.SocketException || ex is System.IO.IOException || ex is System.Security.Authentication.AuthenticationException)
            {
                throw new VoiceLiveConnectionException($"Could not connect to {uri.GetLeftPart(UriPartial.Path)}: {ex.Message}", 0, clientRequestId, ex)
                {
                    // A TLS authentication failure will fail the same way again; the others are the network's.
                    IsNetworkFailure = ex is not System.Security.Authentication.AuthenticationException,
                };
            }
        }

        private async Task<IReadOnlyList<KeyValuePair<string, string>>> BuildHeadersAsync(string clientRequestId, CancellationToken cancellationToken)
        {
            var headers = new List<KeyValuePair<string, string>>
            {
                await GetCredentialHeaderAsync(clientRequestId, cancellationToken).ConfigureAwait(false),
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

        /// <summary>
        /// The credential's header, bounded by <paramref name="cancellationToken"/> even when the credential ignores the
        /// token: the connect timeout holds, and a token that arrives late is dropped.
        /// </summary>
        private async Task<KeyValuePair<string, string>> GetCredentialHeaderAsync(string clientRequestId, CancellationToken cancellationToken)
        {
            Task<KeyValuePair<string, string>> header = _authenticator.GetHeaderAsync(clientRequestId, cancellationToken).AsTask();
            if (!header.IsCompleted)
            {
                _ = header.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                await TaskWaits.WhenCompletedOrCanceled(header, cancellationToken).ConfigureAwait(false);
            }

            return await header.ConfigureAwait(false);
        }
    }
}
