using System;
using System.Collections.Generic;
using Azure.Core;
using Microsoft.Extensions.Logging;

namespace VoiceLive
{
    /// <summary>
    /// Options of a <see cref="VoiceLiveClient"/>: API version, authentication scopes, extra query parameters and
    /// headers, limits and timeouts of the WebSocket, and logging. <see cref="ClientOptions.Diagnostics"/> supplies the
    /// <c>ApplicationId</c> prefixed to the User-Agent and the opt-in to content logging
    /// (<c>IsLoggingContentEnabled</c>, Trace level, never audio or secrets).
    /// </summary>
    public class VoiceLiveClientOptions : ClientOptions
    {
        /// <summary>The default token scope for Microsoft Entra ID credentials.</summary>
        public const string DefaultCredentialScope = "https://ai.azure.com/.default";

        /// <summary>The default cap on one received message: 16 MiB.</summary>
        public const int DefaultMaxMessageSize = 16 * 1024 * 1024;

        private int _maxMessageSize = DefaultMaxMessageSize;
        private TimeSpan _keepAliveInterval = TimeSpan.FromSeconds(30);
        private TimeSpan _connectTimeout = TimeSpan.FromSeconds(30);
        private TimeSpan _closeTimeout = TimeSpan.FromSeconds(5);

        /// <summary>The <c>api-version</c> sent on every connection. Defaults to <see cref="VoiceLiveApiVersion.V2026_07_15"/>.</summary>
        public VoiceLiveApiVersion ApiVersion { get; set; } = VoiceLiveApiVersion.Default;

        /// <summary>
        /// The scopes requested from a <see cref="TokenCredential"/> on every connect. Defaults to
        /// <c>https://ai.azure.com/.default</c>; older resources may need <c>https://cognitiveservices.azure.com/.default</c>.
        /// </summary>
        public IList<string> CredentialScopes { get; } = new List<string> { DefaultCredentialScope };

        /// <summary>
        /// Extra query parameters for the WebSocket URL (for example <c>features</c>). They override the library's own
        /// (<c>api-version</c>, <c>model</c>, agent parameters); credentials are refused here, because secrets never go in a URL.
        /// </summary>
        public IDictionary<string, string> AdditionalQueryParameters { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Extra headers for the WebSocket upgrade request. They override the library's own headers of the same name.</summary>
        public IDictionary<string, string> AdditionalHeaders { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// The largest message the client accepts, in bytes (default 16 MiB). A larger message closes the connection with
        /// 1009 and ends the event stream with a <see cref="VoiceLiveProtocolException"/>; the buffer never grows past it.
        /// </summary>
        public int MaxMessageSize
        {
            get => _maxMessageSize;
            set => _maxMessageSize = value >= 1024 ? value : throw new ArgumentOutOfRangeException(nameof(value), "The limit must be at least 1024 bytes.");
        }

        /// <summary>How often the client sends WebSocket pings to keep idle connections open (default 30 s; <see cref="TimeSpan.Zero"/> disables).</summary>
        public TimeSpan KeepAliveInterval
        {
            get => _keepAliveInterval;
            set => _keepAliveInterval = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value));
        }

        /// <summary>
        /// How long <c>ConnectAsync</c> may take in all: token, WebSocket upgrade, and the service's first event
        /// (<c>session.created</c>). Default 30 s. The caller's cancellation token applies as well.
        /// </summary>
        public TimeSpan ConnectTimeout
        {
            get => _connectTimeout;
            set => _connectTimeout = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value));
        }

        /// <summary>How long <c>CloseAsync</c> waits for the service to answer the close handshake before it aborts the socket (default 5 s).</summary>
        public TimeSpan CloseTimeout
        {
            get => _closeTimeout;
            set => _closeTimeout = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value));
        }

        /// <summary>The logger factory for the library's logs (category <c>VoiceLive</c>). Null logs nothing.</summary>
        public ILoggerFactory? LoggerFactory { get; set; }

        /// <summary>Test seam: opens the WebSocket. Null uses <see cref="System.Net.WebSockets.ClientWebSocket"/>.</summary>
        internal IWebSocketConnector? Connector { get; set; }
    }
}
