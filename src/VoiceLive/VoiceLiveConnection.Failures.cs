using System;
using System.Net.WebSockets;
using System.Threading;

namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection
    {
        /// <summary>
        /// Turns a failed socket operation into the exception the app sees, and records how the connection ended so
        /// every later send and receive fails the same way.
        /// </summary>
        private Exception OnTransportFailure(Exception ex)
        {
            if (Volatile.Read(ref _disposed) != 0 && _closeInfo is null)
            {
                SetClosed(CloseInfo.Create(1000, "disposed"));
            }

            if (_closeInfo is CloseInfo existing)
            {
                // The connection was closed or disposed by us while the read was pending.
                return existing.IsNormal ? new ObjectDisposedException(nameof(VoiceLiveConnection)) : existing.Exception;
            }

            if (ex is WebSocketException { WebSocketErrorCode: WebSocketError.Faulted, InnerException: null } && _sendBlocked is null)
            {
                // ClientWebSocket validates every frame itself. A frame that breaks RFC 6455 (most often a text frame that
                // is not valid UTF-8) makes it send close 1007/1002 and abort, with no inner exception; a dropped TCP
                // connection always carries the I/O error inside. Report the violation, not a network loss.
                var violation = new VoiceLiveProtocolException(
                    "The service sent a frame that breaks the WebSocket protocol (for example a text frame that is not valid UTF-8); the WebSocket closed the connection with 1007 or 1002 as RFC 6455 requires.",
                    ex);
                Log.ConnectionLost(_logger, violation.Message, ex);
                SetClosed(new CloseInfo(1002, "protocol violation", new VoiceLiveConnectionClosedException(1002, "protocol violation", violation)));
                return violation;
            }

            Log.ConnectionLost(_logger, ex.Message, ex);
            CloseInfo lost = CloseInfo.Create(VoiceLiveConnectionClosedException.AbnormalClosure, null, ex);
            SetClosed(lost);
            return lost.Exception;
        }
    }
}
