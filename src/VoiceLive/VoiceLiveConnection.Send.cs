using System;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Diagnostics;
using VoiceLive.Protocol.Json;
using VoiceLive.Protocol.Json.FastPath;
using VoiceLive.Transport;

namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection
    {
        private static readonly JsonReaderOptions s_rawValidation = new JsonReaderOptions { MaxDepth = JsonLimits.MaxDepth };

        // ClientWebSocket allows one outstanding send: this gate serializes frames so each goes out whole.
        private readonly SendGate _sendGate = new SendGate();

        // One spare serialization buffer, reused by whichever send finds it free; concurrent sends rent their own.
        private PooledBufferWriter? _spareSendBuffer;

        /// <summary>
        /// Sends any client event. Completes when the whole frame is on the socket. Safe to call from many tasks at once;
        /// frames never interleave. After the connection closed it fails at once with the
        /// <see cref="VoiceLiveConnectionClosedException"/> that closed it.
        /// </summary>
        /// <param name="clientEvent">The event to send.</param>
        /// <param name="cancellationToken">Cancels waiting for the send slot; a frame already being written is finished, never cut.</param>
        /// <returns>A task that completes when the frame has been written.</returns>
        public ValueTask SendAsync(ClientEvent clientEvent, CancellationToken cancellationToken = default)
        {
            if (clientEvent is null)
            {
                throw new ArgumentNullException(nameof(clientEvent));
            }

            return SendEventAsync(clientEvent, cancellationToken);
        }

        /// <summary>
        /// Sends a client event given as raw JSON, for event types or fields this version does not model. The JSON is
        /// checked to be one well-formed JSON object before it is sent.
        /// </summary>
        /// <param name="json">The UTF-8 JSON of one event object.</param>
        /// <param name="cancellationToken">Cancels waiting for the send slot.</param>
        /// <returns>A task that completes when the frame has been written.</returns>
        public ValueTask SendRawAsync(BinaryData json, CancellationToken cancellationToken = default)
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            ReadOnlyMemory<byte> utf8 = json.ToMemory();
            string type = ValidateRawEvent(utf8.Span, nameof(json));
            return SendRawCoreAsync(utf8, type, cancellationToken);
        }

        /// <summary>Sends a client event given as a JSON string; see <see cref="SendRawAsync(BinaryData, CancellationToken)"/>.</summary>
        /// <param name="json">The JSON text of one event object.</param>
        /// <param name="cancellationToken">Cancels waiting for the send slot.</param>
        /// <returns>A task that completes when the frame has been written.</returns>
        public ValueTask SendRawAsync(string json, CancellationToken cancellationToken = default)
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            return SendRawAsync(BinaryData.FromString(json), cancellationToken);
        }

#if NET6_0_OR_GREATER
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
#endif
        private async ValueTask SendEventAsync(ClientEvent clientEvent, CancellationToken cancellationToken)
        {
            ThrowIfCannotSend();
            PooledBufferWriter buffer = RentSendBuffer();
            try
            {
                ClientEventSerializer.Write(clientEvent, buffer);
                int audioBytes = clientEvent is ClientEventInputAudioBufferAppend append ? append.Audio.Length : 0;
                string wireType = clientEvent.Type;
                byte[]? v1Frame = _v1WireShape ? V1WireShape.ClientToV1(buffer.WrittenSpan, wireType, out wireType) : null;
                ReadOnlyMemory<byte> frame = v1Frame is null ? buffer.WrittenMemory : new ReadOnlyMemory<byte>(v1Frame);
                await SendFrameAsync(frame, wireType, cancellationToken, audioBytes).ConfigureAwait(false);
                NotifySent(clientEvent);
            }
            finally
            {
                ReturnSendBuffer(buffer);
            }
        }

        /// <summary>
        /// <c>input_audio_buffer.append</c> without an event object: the JSON is written straight into the pooled send
        /// buffer (base64 encoded in place), so a steady stream of appends allocates nothing per call.
        /// </summary>
#if NET6_0_OR_GREATER
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
#endif
        internal async ValueTask SendAppendAsync(ReadOnlyMemory<byte> audio, string? eventId, CancellationToken cancellationToken)
        {
            ThrowIfCannotSend();
            PooledBufferWriter buffer = RentSendBuffer();
            try
            {
                AppendFrameWriter.Write(audio.Span, eventId, buffer);
                await SendFrameAsync(buffer.WrittenMemory, WireNames.InputAudioBufferAppend, cancellationToken, audio.Length).ConfigureAwait(false);
                NotifyAudioAppended(audio.Length);
            }
            finally
            {
                ReturnSendBuffer(buffer);
            }
        }

        /// <summary>The kept send buffer's current size (for tests: 0 between sends).</summary>
        internal int SpareSendBufferCapacity => Volatile.Read(ref _spareSendBuffer)?.Capacity ?? 0;

        private PooledBufferWriter RentSendBuffer()
        {
            PooledBufferWriter buffer = Interlocked.Exchange(ref _spareSendBuffer, null) ?? new PooledBufferWriter();
            buffer.Clear();
            return buffer;
        }

        private void ReturnSendBuffer(PooledBufferWriter buffer)
        {
            // The array goes back to the pool between sends (the pool's per-thread cache makes the next rent cheap), so
            // a session between two appends holds no send buffer; the writer object and its JSON writer are kept.
            buffer.Release();
            if (Interlocked.CompareExchange(ref _spareSendBuffer, buffer, null) is not null)
            {
                buffer.Dispose();
            }
        }

        private async ValueTask SendRawCoreAsync(ReadOnlyMemory<byte> utf8, string type, CancellationToken cancellationToken)
        {
            ThrowIfCannotSend();
            await SendFrameAsync(utf8, type, cancellationToken).ConfigureAwait(false);
            NotifyRawSent(type, utf8);
        }

        /// <summary>Sends one frame of the app's; with resumption on, a gap in the connection is waited out or refused first.</summary>
        private ValueTask SendFrameAsync(ReadOnlyMemory<byte> frame, string eventType, CancellationToken cancellationToken, int audioBytes = 0)
            => _resumption is null
                ? WriteFrameAsync(frame, eventType, cancellationToken)
                : SendResumableFrameAsync(frame, eventType, audioBytes, cancellationToken);

        /// <summary>Writes one whole text frame under the send gate.</summary>
#if NET6_0_OR_GREATER
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
#endif
        private async ValueTask WriteFrameAsync(ReadOnlyMemory<byte> frame, string eventType, CancellationToken cancellationToken)
        {
            await _sendGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                ThrowIfCannotSend();
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    // No token: ClientWebSocket takes a slower, allocating send path for any cancelable token, and none is
                    // needed here: Dispose/Abort tear the socket down, which fails a pending send just the same.
                    await WebSocketShim.SendAsync(_socket, frame, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception ex) when (IsTransportException(ex))
                {
                    throw OnTransportFailure(ex);
                }
            }
            finally
            {
                _sendGate.Release();
            }

            Log.Sent(_logger, eventType, frame.Length);
            if (_logContent && _logger.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Trace))
            {
                Log.SentContent(_logger, ContentRedactor.Redact(frame.Span, eventType));
            }
        }

        /// <summary>Sends a close frame under the send gate, so it never lands inside another frame.</summary>
        private async Task SendCloseFrameAsync(WebSocketCloseStatus status, string? description)
        {
            await _sendGate.WaitAsync(_lifetime.Token).ConfigureAwait(false);
            try
            {
                if (_socket.State == WebSocketState.Open || _socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(status, description, _lifetime.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendGate.Release();
            }
        }

        private void ThrowIfCannotSend()
        {
            // One volatile read on every send: up to Resuming a send may go ahead (a gap is waited out or refused later).
            if (_state > VoiceLiveConnectionState.Resuming)
            {
                ThrowCannotSend();
            }
        }

        private void ThrowCannotSend()
        {
            ThrowIfDisposed();

            // The app's own close comes first: a send after CloseAsync failed because the app closed, whatever the service answered.
            CloseInfo? closed = _sendBlocked ?? _closeInfo;
            if (closed is not null)
            {
                throw closed.NewException();
            }
        }

        private static string ValidateRawEvent(ReadOnlySpan<byte> utf8, string paramName)
        {
            string? type;
            try
            {
                var reader = new Utf8JsonReader(utf8, s_rawValidation);
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new ArgumentException("A raw event must be one JSON object.", paramName);
                }

                type = ServerEventParser.FindType(utf8);
            }
            catch (Exception ex) when (ServerEventParser.IsDataError(ex) && ex is not ArgumentException)
            {
                throw new ArgumentException("A raw event must be one well-formed JSON object: " + ex.Message, paramName, ex);
            }

            if (string.IsNullOrEmpty(type))
            {
                throw new ArgumentException("A raw event must have a string \"type\" property.", paramName);
            }

            return type!;
        }
    }
}
