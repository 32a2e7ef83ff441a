using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace VoiceLive.Tests
{
    /// <summary>
    /// An in-memory WebSocket the test scripts: it queues server messages (whole or fragmented, text or binary, close
    /// frames, drops), records every client frame, and behaves like ClientWebSocket where it matters: one outstanding
    /// send (a second concurrent send throws), cancelling a pending receive aborts the socket.
    /// </summary>
    internal sealed class ScriptedWebSocket : WebSocket
    {
        private readonly Channel<Incoming> _incoming = Channel.CreateUnbounded<Incoming>();
        private readonly object _stateLock = new object();
        private Incoming? _current;
        private int _currentOffset;
        private int _sending;
        private WebSocketState _state = WebSocketState.Open;
        private WebSocketCloseStatus? _closeStatus;
        private string? _closeDescription;
        private readonly List<byte> _partialSend = new List<byte>();

        /// <summary>How many bytes one ReceiveAsync returns at most (1 = a socket that trickles one byte at a time).</summary>
        public int MaxBytesPerReceive { get; set; } = int.MaxValue;

        /// <summary>Answer the client's close frame with a close frame of the same status (a well-behaved server).</summary>
        public bool EchoClose { get; set; } = true;

        /// <summary>Every whole text message the client sent, in order.</summary>
        public ConcurrentQueue<string> SentMessages { get; } = new ConcurrentQueue<string>();

        /// <summary>Completes each time a whole message has been sent.</summary>
        public Channel<string> SentChannel { get; } = Channel.CreateUnbounded<string>();

        /// <summary>The close status the client sent, if any.</summary>
        public WebSocketCloseStatus? ClientCloseStatus { get; private set; }

        /// <summary>Set when two sends overlapped (ClientWebSocket would have thrown).</summary>
        public bool OverlappingSendDetected { get; private set; }

        public bool WasAborted { get; private set; }

        public override WebSocketCloseStatus? CloseStatus => _closeStatus;

        public override string? CloseStatusDescription => _closeDescription;

        public override WebSocketState State
        {
            get { lock (_stateLock) { return _state; } }
        }

        public override string? SubProtocol => null;

        public void EnqueueText(string json) => _incoming.Writer.TryWrite(new Incoming(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true));

        public void EnqueueBytes(byte[] bytes, WebSocketMessageType type = WebSocketMessageType.Text, bool endOfMessage = true)
            => _incoming.Writer.TryWrite(new Incoming(bytes, type, endOfMessage));

        /// <summary>Queues one message split into WebSocket frames of <paramref name="fragmentSize"/> bytes.</summary>
        public void EnqueueFragmented(string json, int fragmentSize)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(json);
            for (int offset = 0; offset < bytes.Length; offset += fragmentSize)
            {
                int count = Math.Min(fragmentSize, bytes.Length - offset);
                EnqueueBytes(bytes.AsSpan(offset, count).ToArray(), WebSocketMessageType.Text, offset + count == bytes.Length);
            }
        }

        public void EnqueueClose(WebSocketCloseStatus status, string? description)
            => _incoming.Writer.TryWrite(new Incoming(status, description));

        /// <summary>The peer vanishes: the next receive fails as a dropped TCP connection does.</summary>
        public void EnqueueDrop() => _incoming.Writer.TryWrite(Incoming.Drop);

        public override void Abort()
        {
            lock (_stateLock)
            {
                WasAborted = true;
                if (_state != WebSocketState.Closed)
                {
                    _state = WebSocketState.Aborted;
                }
            }

            _incoming.Writer.TryWrite(Incoming.Drop);
        }

        public override async Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken)
        {
            await CloseOutputAsync(closeStatus, statusDescription, cancellationToken);
        }

        public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken)
        {
            lock (_stateLock)
            {
                ClientCloseStatus = closeStatus;
                if (_state == WebSocketState.CloseReceived)
                {
                    _state = WebSocketState.Closed;
                    return Task.CompletedTask;
                }

                if (_state != WebSocketState.Open)
                {
                    throw new WebSocketException(WebSocketError.InvalidState, "The socket is not open.");
                }

                _state = WebSocketState.CloseSent;
            }

            if (EchoClose)
            {
                EnqueueClose(closeStatus, statusDescription);
            }

            return Task.CompletedTask;
        }

        public override void Dispose()
        {
            lock (_stateLock)
            {
                if (_state != WebSocketState.Closed)
                {
                    _state = WebSocketState.Closed;
                }
            }

            _incoming.Writer.TryComplete();
        }

        public override async Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
        {
            if (_current is null || _currentOffset >= _current.Bytes.Length && !_current.IsClose)
            {
                try
                {
                    _current = await _incoming.Reader.ReadAsync(cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Like ClientWebSocket: cancelling a pending receive aborts the whole socket.
                    Abort();
                    throw;
                }
                catch (ChannelClosedException)
                {
                    throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The socket was disposed.");
                }

                _currentOffset = 0;
            }

            Incoming message = _current;
            if (message.IsDrop || State == WebSocketState.Aborted)
            {
                _current = null;
                lock (_stateLock)
                {
                    _state = WebSocketState.Aborted;
                }

                throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The remote party closed the WebSocket connection without completing the close handshake.");
            }

            if (message.IsClose)
            {
                _current = null;
                lock (_stateLock)
                {
                    _closeStatus = message.CloseStatus;
                    _closeDescription = message.CloseDescription;
                    _state = _state == WebSocketState.CloseSent ? WebSocketState.Closed : WebSocketState.CloseReceived;
                }

                return new WebSocketReceiveResult(0, WebSocketMessageType.Close, true, message.CloseStatus, message.CloseDescription);
            }

            int count = Math.Min(Math.Min(buffer.Count, MaxBytesPerReceive), message.Bytes.Length - _currentOffset);
            Array.Copy(message.Bytes, _currentOffset, buffer.Array!, buffer.Offset, count);
            _currentOffset += count;
            bool end = _currentOffset == message.Bytes.Length && message.EndOfMessage;
            if (_currentOffset == message.Bytes.Length)
            {
                _current = null;
            }

            return new WebSocketReceiveResult(count, message.Type, end);
        }

        public override async Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken)
        {
            if (Interlocked.Exchange(ref _sending, 1) == 1)
            {
                OverlappingSendDetected = true;
                throw new InvalidOperationException("There is already one outstanding 'SendAsync' call for this WebSocket instance.");
            }

            try
            {
                if (State != WebSocketState.Open && State != WebSocketState.CloseReceived)
                {
                    throw new WebSocketException(WebSocketError.InvalidState, "The socket is not open.");
                }

                await Task.Yield(); // make overlapping sends observable
                _partialSend.AddRange(buffer.AsSpan().ToArray());
                if (endOfMessage)
                {
                    string text = Encoding.UTF8.GetString(_partialSend.ToArray());
                    _partialSend.Clear();
                    SentMessages.Enqueue(text);
                    SentChannel.Writer.TryWrite(text);
                }
            }
            finally
            {
                Volatile.Write(ref _sending, 0);
            }
        }

        private sealed class Incoming
        {
            public static readonly Incoming Drop = new Incoming(Array.Empty<byte>(), WebSocketMessageType.Binary, true) { IsDrop = true };

            public Incoming(byte[] bytes, WebSocketMessageType type, bool endOfMessage)
            {
                Bytes = bytes;
                Type = type;
                EndOfMessage = endOfMessage;
            }

            public Incoming(WebSocketCloseStatus status, string? description)
            {
                Bytes = Array.Empty<byte>();
                IsClose = true;
                CloseStatus = status;
                CloseDescription = description;
            }

            public byte[] Bytes { get; }

            public WebSocketMessageType Type { get; }

            public bool EndOfMessage { get; }

            public bool IsClose { get; }

            public bool IsDrop { get; private set; }

            public WebSocketCloseStatus CloseStatus { get; }

            public string? CloseDescription { get; }
        }
    }
}
