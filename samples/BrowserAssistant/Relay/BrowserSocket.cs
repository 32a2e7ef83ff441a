using System;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Samples.BrowserAssistant
{
    /// <summary>
    /// The page's end of the relay: reads whole messages into one buffer with a size limit per kind, and serializes
    /// sends (a WebSocket allows one send at a time, and both directions of the relay send to the page).
    /// </summary>
    public sealed class BrowserSocket : IDisposable
    {
        private readonly WebSocket _socket;
        private readonly int _maxAudioBytes;
        private readonly int _maxJsonBytes;
        private readonly byte[] _buffer;
        private readonly SemaphoreSlim _sendGate = new SemaphoreSlim(1, 1);

        /// <summary>Wraps an accepted WebSocket.</summary>
        public BrowserSocket(WebSocket socket, int maxAudioBytes, int maxJsonBytes)
        {
            _socket = socket;
            _maxAudioBytes = maxAudioBytes;
            _maxJsonBytes = maxJsonBytes;
            _buffer = new byte[Math.Max(maxAudioBytes, maxJsonBytes) + 1];
        }

        /// <summary>The WebSocket's state.</summary>
        public WebSocketState State => _socket.State;

        /// <summary>
        /// Reads the next whole message. The returned memory is valid until the next call. A message over its limit
        /// is reported as <see cref="BrowserMessageKind.TooLarge"/> as soon as the limit is passed.
        /// </summary>
        public async Task<(BrowserMessageKind Kind, ReadOnlyMemory<byte> Data)> ReceiveAsync(CancellationToken cancellationToken)
        {
            int count = 0;
            while (true)
            {
                ValueWebSocketReceiveResult result = await _socket.ReceiveAsync(_buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return (BrowserMessageKind.Closed, default);
                }

                count += result.Count;
                int limit = result.MessageType == WebSocketMessageType.Binary ? _maxAudioBytes : _maxJsonBytes;
                if (count > limit)
                {
                    return (BrowserMessageKind.TooLarge, default);
                }

                if (result.EndOfMessage)
                {
                    BrowserMessageKind kind = result.MessageType == WebSocketMessageType.Binary ? BrowserMessageKind.Audio : BrowserMessageKind.Json;
                    return (kind, _buffer.AsMemory(0, count));
                }
            }
        }

        /// <summary>Sends one JSON message (UTF-8).</summary>
        public Task SendJsonAsync(byte[] json, CancellationToken cancellationToken) =>
            SendAsync(json, WebSocketMessageType.Text, cancellationToken);

        /// <summary>Sends one binary message (PCM16 audio).</summary>
        public Task SendAudioAsync(ReadOnlyMemory<byte> audio, CancellationToken cancellationToken) =>
            SendAsync(audio, WebSocketMessageType.Binary, cancellationToken);

        /// <summary>
        /// Sends the close frame unless one was sent already; the page's answer ends <see cref="ReceiveAsync"/>.
        /// Sending only (not waiting) lets a concurrent reader see the answer.
        /// </summary>
        public async Task CloseOutputAsync(WebSocketCloseStatus status, string description)
        {
            await _sendGate.WaitAsync().ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    await _socket.CloseOutputAsync(status, description, timeout.Token).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The page is gone already: there is nobody left to tell.
                _socket.Abort();
            }
            finally
            {
                _sendGate.Release();
            }
        }

        /// <summary>Drops the connection without a close handshake.</summary>
        public void Abort() => _socket.Abort();

        /// <summary>Releases the send gate (the WebSocket belongs to ASP.NET Core).</summary>
        public void Dispose() => _sendGate.Dispose();

        private async Task SendAsync(ReadOnlyMemory<byte> data, WebSocketMessageType type, CancellationToken cancellationToken)
        {
            await _sendGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.SendAsync(data, type, endOfMessage: true, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendGate.Release();
            }
        }
    }
}
