using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Transport
{
    /// <summary>
    /// The seam between the connection and the network: opens a WebSocket with the given headers. Production uses
    /// HttpUpgradeConnector (ClientWebSocketConnector in the netstandard2.0 build); tests hand in scripted or in-memory
    /// sockets.
    /// </summary>
    internal interface IWebSocketConnector
    {
        /// <summary>
        /// Opens the socket. A refused upgrade throws <see cref="VoiceLiveConnectionException"/> with the HTTP status.
        /// </summary>
        Task<WebSocket> ConnectAsync(Uri uri, IReadOnlyList<KeyValuePair<string, string>> headers, WebSocketSettings settings, CancellationToken cancellationToken);
    }

    /// <summary>Socket-level settings taken from <see cref="VoiceLiveClientOptions"/>.</summary>
    internal readonly struct WebSocketSettings
    {
        public WebSocketSettings(TimeSpan keepAliveInterval, TimeSpan keepAliveTimeout, string clientRequestId, TimeProvider? timeProvider = null)
        {
            KeepAliveInterval = keepAliveInterval;
            KeepAliveTimeout = keepAliveTimeout;
            ClientRequestId = clientRequestId;
            TimeProvider = timeProvider ?? TimeProvider.System;
        }

        public TimeSpan KeepAliveInterval { get; }

        /// <summary>How long to wait for the pong to a keep-alive ping (InfiniteTimeSpan: never time out).</summary>
        public TimeSpan KeepAliveTimeout { get; }

        public string ClientRequestId { get; }

        /// <summary>The clock the keep-alive runs on (the client options' <c>TimeProvider</c>).</summary>
        public TimeProvider TimeProvider { get; }
    }
}
