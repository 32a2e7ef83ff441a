using System;
using System.Net.WebSockets;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Transport
{
#if NETSTANDARD2_0
    /// <summary>netstandard2.0's stand-in for <c>ValueWebSocketReceiveResult</c>, which it lacks.</summary>
    internal readonly struct ValueWebSocketReceiveResultShim
    {
        public ValueWebSocketReceiveResultShim(int count, WebSocketMessageType messageType, bool endOfMessage)
        {
            Count = count;
            MessageType = messageType;
            EndOfMessage = endOfMessage;
        }

        public int Count { get; }

        public WebSocketMessageType MessageType { get; }

        public bool EndOfMessage { get; }
    }
#endif

    /// <summary>
    /// Memory-based send (and, on netstandard2.0, receive) over the ArraySegment overloads netstandard2.0 is limited to.
    /// Newer targets receive straight from the socket's own Memory overload (see ReadMessageAsync), with no extra state machine.
    /// </summary>
    internal static class WebSocketShim
    {
#if NETSTANDARD2_0
        public static async ValueTask<ValueWebSocketReceiveResultShim> ReceiveAsync(WebSocket socket, Memory<byte> buffer, CancellationToken cancellationToken)
        {
            if (!MemoryMarshal.TryGetArray(buffer, out ArraySegment<byte> segment))
            {
                throw new InvalidOperationException("Receive buffers are always array-backed.");
            }

            WebSocketReceiveResult result = await socket.ReceiveAsync(segment, cancellationToken).ConfigureAwait(false);
            return new ValueWebSocketReceiveResultShim(result.Count, result.MessageType, result.EndOfMessage);
        }
#endif

        public static ValueTask SendAsync(WebSocket socket, ReadOnlyMemory<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken)
        {
#if NETSTANDARD2_0
            if (!MemoryMarshal.TryGetArray(buffer, out ArraySegment<byte> segment))
            {
                throw new InvalidOperationException("Send buffers are always array-backed.");
            }

            return new ValueTask(socket.SendAsync(segment, messageType, endOfMessage, cancellationToken));
#else
            return socket.SendAsync(buffer, messageType, endOfMessage, cancellationToken);
#endif
        }
    }
}
