using System;
using System.Net.WebSockets;
using System.Threading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using VoiceLive.Protocol.Json;
using VoiceLive.Resources;
using VoiceLive.Transport;

namespace VoiceLive
{
    /// <summary>
    /// One open Voice Live session over a WebSocket. Read the service's events with <c>await foreach</c> (or
    /// <see cref="ReceiveAsync(CancellationToken)"/>); send with the typed resources (<c>Session</c>,
    /// <c>Response</c>, <c>InputAudioBuffer</c>, <c>Conversation</c>, …) or
    /// <see cref="SendAsync(ClientEvent, CancellationToken)"/>. Sends are safe from many tasks at once; there is one reader
    /// at a time. Dispose it (<c>await using</c>) to close the session.
    /// </summary>
    public sealed partial class VoiceLiveConnection : IClientEventSender
    {
        // Replaced only by a resumed session (under the send gate, by the reader); otherwise set once.
        private WebSocket _socket;
        private readonly ILogger _logger;
        private readonly bool _logContent;
        private readonly int _maxMessageSize;
        private readonly TimeSpan _closeTimeout;

        // The clock of the close timeout (VoiceLiveClientOptions.TimeProvider).
        private readonly TimeProvider _time;

        // api-version v1 speaks the OpenAI GA shape: the few events that differ are rewritten on the way out.
        private readonly bool _v1WireShape;

        // Cancels the library's own socket operations when the connection is disposed. Caller tokens are never passed to
        // the socket: ClientWebSocket aborts the whole connection when a pending send or receive is cancelled.
        private readonly CancellationTokenSource _lifetime = new CancellationTokenSource();

        internal VoiceLiveConnection(WebSocket socket, string clientRequestId, VoiceLiveClientOptions options)
        {
            _socket = socket ?? throw new ArgumentNullException(nameof(socket));
            ClientRequestId = clientRequestId;
            _logger = options.LoggerFactory?.CreateLogger("VoiceLive") ?? NullLogger.Instance;
            _logContent = options.Diagnostics.IsLoggingContentEnabled;
            _maxMessageSize = options.MaxMessageSize;
            _closeTimeout = options.CloseTimeout;
            _time = options.TimeProvider;
            _v1WireShape = V1WireShape.IsV1(options.ApiVersion.ToString());
            _receiveBuffer = new PooledBufferWriter(16 * 1024);
            InitializeResources();
            AttachTelemetry(options);
        }

        /// <summary>The connection's logger, for the components above the wire that act on its behalf.</summary>
        internal ILogger Logger => _logger;

        /// <summary>The <c>x-ms-client-request-id</c> sent with the upgrade request; quote it when asking for support.</summary>
        public string ClientRequestId { get; }

        /// <summary>
        /// The close status once the connection has closed (by either side), or null while it is open. A dropped
        /// connection reads as 1006 (<see cref="VoiceLiveConnectionClosedException.AbnormalClosure"/>).
        /// </summary>
        public WebSocketCloseStatus? CloseStatus => _closeInfo?.Status is int status ? (WebSocketCloseStatus)status : (WebSocketCloseStatus?)null;

        /// <summary>The close reason (for example <c>session_expired</c>) once the connection has closed, or null.</summary>
        public string? CloseStatusDescription => _closeInfo?.Description;

        /// <summary>True until the connection is closed, dropped or disposed.</summary>
        public bool IsOpen => _state < VoiceLiveConnectionState.Closed && _socket.State == WebSocketState.Open;

        /// <summary>Describes the connection for logs; never includes credentials.</summary>
        /// <returns>The client request id and the state.</returns>
        public override string ToString() => $"VoiceLiveConnection {ClientRequestId} ({(IsOpen ? "open" : "closed")})";

        private void ThrowIfDisposed()
        {
            if (_state == VoiceLiveConnectionState.Disposed)
            {
                throw new ObjectDisposedException(nameof(VoiceLiveConnection));
            }
        }
    }
}
