using System;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Diagnostics;
using VoiceLive.Transport;

namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection
    {
        /// <summary>Reassembles one message into the pooled buffer, enforcing the size cap; handles close frames.</summary>
#if NET6_0_OR_GREATER
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
#endif
        private async ValueTask<WebSocketMessageType> ReadMessageAsync()
        {
            bool waited = false;
#if !NETSTANDARD2_0
            if (_lastMessageWaited)
            {
                // The last message had to wait for the network: this session is paced by the service (the usual state
                // of a server bridging many calls), so wait for the next frame without a buffer and give ours back to
                // the pool meanwhile. A stream that keeps data queued (a burst) skips this and keeps its buffer.
                _receiveBuffer.Release();
                ValueWebSocketReceiveResult ready;
                try
                {
                    ValueTask<ValueWebSocketReceiveResult> wait = _socket.ReceiveAsync(Memory<byte>.Empty, CancellationToken.None);
                    waited = !wait.IsCompleted;
                    ready = await wait.ConfigureAwait(false);
                }
                catch (Exception ex) when (IsTransportException(ex))
                {
                    throw OnTransportFailure(ex);
                }

                if (ready.MessageType == WebSocketMessageType.Close)
                {
                    await OnCloseFrameAsync().ConfigureAwait(false);
                    return WebSocketMessageType.Close;
                }

                if (ready.EndOfMessage)
                {
                    _lastMessageWaited = waited;
                    return ready.MessageType; // An empty message: the wait consumed all of it.
                }
            }
#endif
            _receiveBuffer.Reset(keepCapacity: 64 * 1024);
#if !NETSTANDARD2_0
            bool firstRead = true;
#endif
            while (true)
            {
                // Never ask for more than one byte past the cap, so an oversized message cannot grow the buffer further.
                int room = Math.Min(ReceiveChunkSize, _maxMessageSize - _receiveBuffer.WrittenCount + 1);
                Memory<byte> memory = _receiveBuffer.GetMemory(room).Slice(0, room);
#if NETSTANDARD2_0
                ValueWebSocketReceiveResultShim result;
#else
                // Straight to the socket's ValueTask (no shim state machine per read) where Memory receives exist.
                ValueWebSocketReceiveResult result;
#endif
                try
                {
#if NETSTANDARD2_0
                    result = await WebSocketShim.ReceiveAsync(_socket, memory, _lifetime.Token).ConfigureAwait(false);
#else
                    // No token (it would be registered and unregistered on every read): Dispose/Abort tear the socket
                    // down, which ends a pending read just the same.
                    ValueTask<ValueWebSocketReceiveResult> read = _socket.ReceiveAsync(memory, CancellationToken.None);
                    waited |= firstRead && !read.IsCompleted;
                    firstRead = false;
                    result = await read.ConfigureAwait(false);
#endif
                }
                catch (Exception ex) when (IsTransportException(ex))
                {
                    throw OnTransportFailure(ex);
                }

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await OnCloseFrameAsync().ConfigureAwait(false);
                    return WebSocketMessageType.Close;
                }

                _receiveBuffer.Advance(result.Count);
                if (_receiveBuffer.WrittenCount > _maxMessageSize)
                {
                    throw await OnMessageTooBigAsync().ConfigureAwait(false);
                }

                if (result.EndOfMessage)
                {
                    _lastMessageWaited = waited;

                    // Binary frames are read as UTF-8 JSON too: be liberal, the parser reports anything unreadable.
                    return result.MessageType;
                }
            }
        }

        private async Task OnCloseFrameAsync()
        {
            // A close frame without a status (1005, RFC 6455 §7.1.5) counts as a normal close.
            int status = (int?)_socket.CloseStatus is int received && received != 1005 ? received : 1000;
            string? description = string.IsNullOrEmpty(_socket.CloseStatusDescription) ? null : _socket.CloseStatusDescription;
            CloseInfo info = CloseInfo.Create(status, description);
            SetClosed(info);

            // Protocol: answer the service's close frame to complete the handshake (unless we started it).
            if (_socket.State == WebSocketState.CloseReceived)
            {
                try
                {
                    await SendCloseFrameAsync((WebSocketCloseStatus)status, description).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is WebSocketException || ex is OperationCanceledException || ex is ObjectDisposedException)
                {
                    Log.ConnectionLost(_logger, "Could not answer the close frame: " + ex.Message, ex);
                }
            }

            Log.Closed(_logger, info.Status, string.IsNullOrEmpty(info.Description) ? "no reason given" : info.Description!);
        }

        private async Task<Exception> OnMessageTooBigAsync()
        {
            Log.MessageTooBig(_logger, _maxMessageSize);
            var error = new VoiceLiveProtocolException(
                $"The service sent a message larger than MaxMessageSize ({_maxMessageSize} bytes); the connection was closed with 1009. Raise VoiceLiveClientOptions.MaxMessageSize if such messages are expected.");
            SetClosed(new CloseInfo(1009, "message too big", new VoiceLiveConnectionClosedException(1009, "message too big", error)));
            try
            {
                await SendCloseFrameAsync(WebSocketCloseStatus.MessageTooBig, "message too big").ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException || ex is OperationCanceledException || ex is ObjectDisposedException)
            {
                Log.ConnectionLost(_logger, "Could not send the 1009 close frame: " + ex.Message, ex);
            }

            _socket.Abort();
            return error;
        }
    }
}
