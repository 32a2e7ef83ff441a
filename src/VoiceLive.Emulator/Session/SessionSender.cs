using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// The session's outgoing side: one writer at a time (a WebSocket allows one outstanding send), the close and the
    /// abort, and whether the connection is still there to stream to. The fault plan shapes every send through
    /// <see cref="FaultPlan.BeforeSendAsync"/> and <see cref="FaultPlan.FrameBytes"/>.
    /// </summary>
    [SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "_sendLock is a SemaphoreSlim whose AvailableWaitHandle is never read, so it holds no unmanaged handle; disposing it when the session ends would race response tasks still releasing it.")]
    internal sealed class SessionSender
    {
        private const int AbortFlushGraceMs = 100;
        private readonly HttpContext _http;
        private readonly WebSocket _socket;
        private readonly CancellationToken _lifetime;
        private readonly SemaphoreSlim _sendLock = new(1, 1);
        private volatile bool _gone;
        private volatile bool _frozen;

        public SessionSender(HttpContext http, WebSocket socket, CancellationToken lifetime)
        {
            _http = http;
            _socket = socket;
            _lifetime = lifetime;
        }

        /// <summary>Set by the fault plan; shapes each send (delay, freeze, fragment size). Null sends plainly.</summary>
        public FaultPlan? Faults { get; set; }

        /// <summary>True once the server has closed, aborted or frozen the connection: responses stop streaming.</summary>
        public bool IsGone => _gone || _frozen || _socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived);

        /// <summary>True once the stop-responding fault fired: nothing is read or sent again.</summary>
        public bool IsFrozen => _frozen;

        /// <summary>Stops reading and sending for good (the stop-responding fault).</summary>
        public void Freeze()
        {
            _frozen = true;
        }

        /// <summary>Sends one event already in the wire shape; <paramref name="beforeWrite"/> runs under the send lock just before it is written.</summary>
        public Task SendJsonAsync(JsonObject evt, Action? beforeWrite = null)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, EmulatorJson.WriterOptions))
            {
                evt.WriteTo(writer);
            }

            return SendFrameAsync(buffer.WrittenMemory, WebSocketMessageType.Text, CancellationToken.None, beforeWrite);
        }

        /// <summary>Sends one message; failures mean the client is gone, which ends streaming rather than throwing.</summary>
        public async Task SendFrameAsync(ReadOnlyMemory<byte> message, WebSocketMessageType type, CancellationToken cancellationToken, Action? beforeWrite = null)
        {
            // Why the check: most sends pass no token, and a linked source per message costs the firehose throughput.
            using CancellationTokenSource? linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime) : null;
            CancellationToken token = linked?.Token ?? _lifetime;
            try
            {
                await _sendLock.WaitAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                if (Faults is { } faults)
                {
                    await faults.BeforeSendAsync(token).ConfigureAwait(false);
                }

                beforeWrite?.Invoke();
                if (IsGone)
                {
                    return;
                }

                if (message.Length == 0)
                {
                    await _socket.SendAsync(message, type, true, _lifetime).ConfigureAwait(false);
                    return;
                }

                int fragment = Faults?.FrameBytes(message.Length) ?? message.Length;
                for (int offset = 0; offset < message.Length; offset += fragment)
                {
                    int count = Math.Min(fragment, message.Length - offset);
                    bool last = offset + count >= message.Length;
                    await _socket.SendAsync(message.Slice(offset, count), type, last, _lifetime).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
            {
                _gone = true;
            }
            finally
            {
                _sendLock.Release();
            }
        }

        /// <summary>Sends the close frame (when the socket still allows one).</summary>
        public async Task CloseOutputAsync(int status, string reason)
        {
            await _sendLock.WaitAsync(_lifetime).ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync((WebSocketCloseStatus)status, reason, _lifetime).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                _gone = true;
            }
            finally
            {
                _sendLock.Release();
            }
        }

        /// <summary>Drops the TCP connection without a close frame, after the events already sent have left the server.</summary>
        public async Task AbortAsync()
        {
            _gone = true;
            await _sendLock.WaitAsync(_lifetime).ConfigureAwait(false);
            try
            {
                // Why the grace period: Kestrel writes through a pipe, and aborting discards what is still queued there
                // (even the 101 response), so the client would not see the events that preceded the fault.
                await Task.Delay(AbortFlushGraceMs, _lifetime).ConfigureAwait(false);
                _http.Abort();
            }
            finally
            {
                _sendLock.Release();
            }
        }
    }
}
