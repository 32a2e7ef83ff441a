using System;
using System.Net.WebSockets;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive
{
    /// <summary>The result of one receive, the same on every target framework.</summary>
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

    /// <summary>Memory-based send and receive on every target (netstandard2.0 only has the ArraySegment overloads).</summary>
    internal static class WebSocketShim
    {
        public static async ValueTask<ValueWebSocketReceiveResultShim> ReceiveAsync(WebSocket socket, Memory<byte> buffer, CancellationToken cancellationToken)
        {
#if NETSTANDARD2_0
            if (!MemoryMarshal.TryGetArray(buffer, out ArraySegment<byte> segment))
            {
                throw new InvalidOperationException("Receive buffers are always array-backed.");
            }

            WebSocketReceiveResult result = await socket.ReceiveAsync(segment, cancellationToken).ConfigureAwait(false);
            return new ValueWebSocketReceiveResultShim(result.Count, result.MessageType, result.EndOfMessage);
#else
            ValueWebSocketReceiveResult result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            return new ValueWebSocketReceiveResultShim(result.Count, result.MessageType, result.EndOfMessage);
#endif
        }

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
