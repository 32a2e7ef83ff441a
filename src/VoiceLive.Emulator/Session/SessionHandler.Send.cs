using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>Sending: one writer at a time (a WebSocket allows one outstanding send), with the delay and fragmentation faults applied to every message.</summary>
    [SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "_sendLock is a SemaphoreSlim whose AvailableWaitHandle is never read, so it holds no unmanaged handle; disposing it when the session ends would race response tasks still releasing it.")]
    internal sealed partial class SessionHandler
    {
        private readonly SemaphoreSlim _sendLock = new(1, 1);
        private volatile bool _silent;
        private volatile bool _frozen;
        private const int AbortFlushGraceMs = 100;
        private volatile bool _gone;

        /// <summary>True once the server has closed, aborted or frozen the connection: responses stop streaming.</summary>
        private bool IsGone => _gone || _frozen || _socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived);

        /// <summary>Sends one event; <paramref name="beforeWrite"/> runs under the send lock just before the event is written.</summary>
        private Task SendEventAsync(JsonObject evt, Action? beforeWrite = null)
        {
            evt = ToWireShape(evt);
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, EmulatorJson.WriterOptions))
            {
                evt.WriteTo(writer);
            }

            return SendFrameAsync(buffer.WrittenMemory, WebSocketMessageType.Text, CancellationToken.None, beforeWrite);
        }

        /// <summary>Sends one message; failures mean the client is gone, which ends streaming rather than throwing.</summary>
        internal async Task SendFrameAsync(ReadOnlyMemory<byte> message, WebSocketMessageType type, CancellationToken cancellationToken, Action? beforeWrite = null)
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
                if (_faults.SendDelayMs > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(_faults.SendDelayMs), _options.TimeProvider, token).ConfigureAwait(false);
                }

                if (_frozen)
                {
                    await Task.Delay(Timeout.Infinite, token).ConfigureAwait(false);
                }

                beforeWrite?.Invoke();
                if (IsGone)
                {
                    return;
                }

                int fragment = _faults.FragmentBytes > 0 ? _faults.FragmentBytes : message.Length;
                if (message.Length == 0)
                {
                    await _socket.SendAsync(message, type, true, _lifetime).ConfigureAwait(false);
                    return;
                }

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

        internal async Task CloseOutputAsync(int status, string reason)
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
        internal async Task AbortAsync()
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
