using System;
using System.Collections.Generic;
using Azure.Core;
using Microsoft.Extensions.Logging;
using VoiceLive.Transport;

namespace VoiceLive
{
    /// <summary>
    /// Options of a <see cref="VoiceLiveClient"/>: API version, authentication scopes, extra query parameters and
    /// headers, limits and timeouts of the WebSocket, and logging. Of the members inherited from Azure.Core's
    /// <see cref="ClientOptions"/>: <see cref="ClientOptions.Diagnostics"/> supplies the <c>ApplicationId</c> prefixed to
    /// the User-Agent and the opt-in to content logging (<c>IsLoggingContentEnabled</c>, Trace level, never audio or
    /// secrets); <see cref="ClientOptions.Retry"/> applies to connecting: an upgrade refused with 408, 429, 500, 502, 503
    /// or 504, or a network failure, is tried again up to <c>MaxRetries</c> times with its delays (the service's
    /// <c>Retry-After</c> wins), a new token is requested for every attempt, and the whole stays within
    /// <see cref="ConnectTimeout"/>. An open session is never retried. <see cref="ClientOptions.Transport"/> and
    /// <see cref="ClientOptions.RetryPolicy"/> belong to Azure.Core's HTTP pipeline, which a WebSocket does not go
    /// through: setting either makes the <see cref="VoiceLiveClient"/> constructor throw instead of ignoring it.
    /// </summary>
    public partial class VoiceLiveClientOptions : ClientOptions
    {
        /// <summary>The default token scope for Microsoft Entra ID credentials.</summary>
        public const string DefaultCredentialScope = "https://ai.azure.com/.default";

        /// <summary>The default <see cref="KeepAliveTimeout"/>: 20 seconds.</summary>
        public static readonly TimeSpan DefaultKeepAliveTimeout = TimeSpan.FromSeconds(20);

        /// <summary>The default cap on one received message: 16 MiB.</summary>
        public const int DefaultMaxMessageSize = 16 * 1024 * 1024;

        private int _maxMessageSize = DefaultMaxMessageSize;
        private TimeSpan _keepAliveInterval = TimeSpan.FromSeconds(30);
        private TimeSpan _keepAliveTimeout = DefaultKeepAliveTimeout;
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

        /// <summary>
        /// Extra headers for the WebSocket upgrade request. They override the library's own headers of the same name. The
        /// handshake's own headers (<c>Connection</c>, <c>Upgrade</c>, <c>Sec-WebSocket-*</c>) are refused when connecting.
        /// </summary>
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
        /// Dead-peer detection: how long the client waits, after a keep-alive ping, for any byte from the service before it
        /// declares the service gone. A ping is sent when nothing has been read for <see cref="KeepAliveInterval"/>; when a
        /// receive then waits this long with nothing arriving (the pong is such a byte), the socket is aborted, the event
        /// stream ends with a <see cref="VoiceLiveConnectionClosedException"/> of status 1006 whose description says no pong
        /// arrived, and every later send fails with it. A silent service is therefore noticed within
        /// <c>KeepAliveInterval + KeepAliveTimeout</c> to <c>2 × KeepAliveInterval + KeepAliveTimeout</c> (50–80 s with the
        /// defaults) instead of never. While the app is not receiving, no verdict is given (the pong would wait unread): the
        /// timeout starts over from the app's next receive.
        /// <para>
        /// Default 20 s: a healthy peer answers a ping within one round trip, so 20 s leaves two orders of magnitude of room
        /// for slow mobile networks, proxies and server pauses (a false alarm kills a live conversation), while still
        /// ending a dead session well before a user would give up on it. <see cref="System.Threading.Timeout.InfiniteTimeSpan"/>
        /// disables detection (the WebSocket's unsolicited pongs still keep the connection open); so does a
        /// <see cref="KeepAliveInterval"/> of zero.
        /// </para>
        /// <para>
        /// Runtime support: the net8.0 and net10.0 builds detect dead peers themselves, on every runtime, with time read from
        /// <see cref="TimeProvider"/>. The netstandard2.0 build maps this to <c>ClientWebSocketOptions.KeepAliveTimeout</c>,
        /// which exists on .NET 9 and later; on older runtimes (.NET Framework among them) that build cannot detect a dead
        /// peer: the option is ignored and a silent service leaves the receive waiting until the app cancels it or the
        /// operating system's TCP timeouts fail the socket.
        /// </para>
        /// </summary>
        public TimeSpan KeepAliveTimeout
        {
            get => _keepAliveTimeout;
            set => _keepAliveTimeout = value > TimeSpan.Zero || value == System.Threading.Timeout.InfiniteTimeSpan
                ? value
                : throw new ArgumentOutOfRangeException(nameof(value), "The timeout must be positive, or Timeout.InfiniteTimeSpan to disable dead-peer detection.");
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

        /// <summary>Test seam: waits between connect attempts. Null waits for real.</summary>
        internal Func<TimeSpan, System.Threading.CancellationToken, System.Threading.Tasks.Task>? RetryDelay { get; set; }

        /// <summary>Test seam: opens the WebSocket. Null uses <see cref="System.Net.WebSockets.ClientWebSocket"/>.</summary>
        internal IWebSocketConnector? Connector { get; set; }
    }
}
