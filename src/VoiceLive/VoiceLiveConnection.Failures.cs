using System;
using System.Net.WebSockets;
using System.Threading;
using VoiceLive.Diagnostics;
using VoiceLive.Transport;

namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection
    {
        /// <summary>The keep-alive pong timeout the socket was opened with (InfiniteTimeSpan: no dead-peer detection).</summary>
        internal TimeSpan KeepAliveTimeout { get; set; } = Timeout.InfiniteTimeSpan;

        /// <summary>The exceptions a socket send or receive fails with when the connection breaks or is torn down.</summary>
        private static bool IsTransportException(Exception ex)
            => ex is WebSocketException || ex is OperationCanceledException || ex is ObjectDisposedException || ex is System.IO.IOException;

        /// <summary>
        /// Turns a failed socket operation into the exception the app sees, and records how the connection ended so
        /// every later send and receive fails the same way.
        /// </summary>
        private Exception OnTransportFailure(Exception ex)
        {
            if (_state == VoiceLiveConnectionState.Disposed && _closeInfo is null)
            {
                SetClosed(CloseInfo.Create(1000, "disposed"));
            }

            if (_closeInfo is CloseInfo existing)
            {
                // The connection was closed or disposed by us while the read was pending.
                return existing.IsNormal ? new ObjectDisposedException(nameof(VoiceLiveConnection)) : existing.NewException();
            }

            if (KeepAliveTimeout != Timeout.InfiniteTimeSpan && (IsKeepAliveTimeout(ex) || AbortedByKeepAlive(_socket)))
            {
                // The peer stopped answering pings: the keep-alive aborted the socket. Say so, instead of a bare "lost".
                string description = string.Format(
                    System.Globalization.CultureInfo.InvariantCulture,
                    "no pong arrived within the keep-alive timeout ({0:0.###} s); the service is unreachable",
                    KeepAliveTimeout.TotalSeconds);
                var dead = new VoiceLiveConnectionClosedException(VoiceLiveConnectionClosedException.AbnormalClosure, description, ex);
                Log.ConnectionLost(_logger, dead.Message, ex);
                SetClosed(new CloseInfo(VoiceLiveConnectionClosedException.AbnormalClosure, description, dead));
                return _closeInfo?.NewException() ?? dead;
            }

            if (IsProtocolViolation(ex) && _sendBlocked is null)
            {
                // ClientWebSocket validates every frame itself. A frame that breaks RFC 6455 (most often a text frame that
                // is not valid UTF-8) makes it send close 1007/1002 and abort, with no inner exception; a dropped TCP
                // connection always carries the I/O error inside. Report the violation, not a network loss.
                var violation = new VoiceLiveProtocolException(
                    "The service sent a frame that breaks the WebSocket protocol (for example a text frame or a close reason that is not valid UTF-8); the WebSocket closed the connection with 1007 or 1002 as RFC 6455 requires.",
                    ex);
                Log.ConnectionLost(_logger, violation.Message, ex);
                SetClosed(new CloseInfo(1002, "protocol violation", new VoiceLiveConnectionClosedException(1002, "protocol violation", violation)));
                return violation;
            }

            Log.ConnectionLost(_logger, ex.Message, ex);
            CloseInfo lost = CloseInfo.Create(VoiceLiveConnectionClosedException.AbnormalClosure, null, ex);
            SetClosed(lost);

            // A drop that resumption took over is not recorded on the connection: the caller still gets its exception.
            return (_closeInfo ?? lost).NewException();
        }

        /// <summary>
        /// Whether the library's own keep-alive (the net8.0+ transport) aborted the socket; the runtime's keep-alive
        /// (the netstandard2.0 build's <c>ClientWebSocket</c> on .NET 9+) is recognised by its exception instead.
        /// </summary>
        private static bool AbortedByKeepAlive(WebSocket socket)
        {
#if NET7_0_OR_GREATER
            return KeepAliveMonitor.HasTimedOut(socket);
#else
            _ = socket;
            return false;
#endif
        }

        /// <summary>
        /// A frame that arrived but breaks RFC 6455: the runtime's WebSocket faults with no inner exception for most
        /// violations, and with the decoder's error when a close frame's reason is not valid UTF-8 (it answers 1002). A
        /// dropped connection always carries the I/O error inside instead.
        /// </summary>
        private static bool IsProtocolViolation(Exception ex)
            => ex is WebSocketException { WebSocketErrorCode: WebSocketError.Faulted } faulted
                && (faulted.InnerException is null || faulted.InnerException is System.Text.DecoderFallbackException);

        /// <summary>
        /// Recognises the abort of .NET 9+'s keep-alive: the socket records a <see cref="WebSocketException"/>
        /// (<see cref="WebSocketError.Faulted"/>, no inner exception) and every operation after it throws with that
        /// exception nested inside: a pending receive as OperationCanceledException → AggregateException → it, later calls
        /// as "invalid state ('Aborted')" → it. A top-level faulted exception is a protocol violation instead (below).
        /// </summary>
        internal static bool IsKeepAliveTimeout(Exception ex)
        {
            return ex is not WebSocketException { WebSocketErrorCode: WebSocketError.Faulted, InnerException: null } && ContainsFault(ex, 0);

            static bool ContainsFault(Exception? e, int depth)
            {
                if (e is null || depth > 8)
                {
                    return false;
                }

                if (depth > 0 && e is WebSocketException { WebSocketErrorCode: WebSocketError.Faulted, InnerException: null })
                {
                    return true;
                }

                if (e is AggregateException aggregate)
                {
                    foreach (Exception inner in aggregate.InnerExceptions)
                    {
                        if (ContainsFault(inner, depth + 1))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                return ContainsFault(e.InnerException, depth + 1);
            }
        }
    }
}
