using System;
using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// One emulated Voice Live session on one WebSocket: the coordinator. This file holds the receive loop and
    /// dispatch; the partials hold the handlers for the session object, input audio and conversation items. The state
    /// lives in the parts: the input buffer and VAD in <see cref="InputAudioBuffer"/>, the items in
    /// <see cref="ConversationStore"/>, the session object and its validation in <see cref="SessionConfiguration"/> (with <see cref="SessionValidator"/>), the responses (the
    /// active one, streaming, <c>response.done</c>) in <see cref="ResponseRunner"/>, sending in
    /// <see cref="SessionSender"/>, faults behind <see cref="FaultPlan"/>'s hooks, and the benchmark modes in
    /// <see cref="EchoSink"/> and <see cref="Firehose"/>. State shared with the response task is guarded by
    /// <see cref="_gate"/>.
    /// </summary>
    internal sealed partial class SessionHandler
    {
        private readonly WebSocket _socket;
        private readonly EmulatorConnection _connection;
        private readonly VoiceLiveEmulatorOptions _options;
        private readonly Handshake.Result _handshake;
        private readonly SessionSender _sender;
        private readonly FaultPlan _faults;
        private readonly EchoSink? _echo;
        private readonly SessionConfiguration _config;
        private readonly ResponseRunner _responses;
        private readonly CancellationToken _lifetime;
        private const int ReceiveChunkBytes = 4096;
        private readonly object _gate = new();

        public SessionHandler(HttpContext http, WebSocket socket, EmulatorConnection connection, VoiceLiveEmulatorOptions options, Handshake.Result handshake, CancellationToken lifetime)
        {
            _socket = socket;
            _connection = connection;
            _options = options;
            _handshake = handshake;
            _sender = new SessionSender(http, socket, lifetime);
            _faults = new FaultPlan(handshake.Faults, _sender, options.TimeProvider, lifetime);
            _echo = EchoSink.For(handshake.Benchmark.Mode, _sender);
            Firehose? firehose = handshake.Benchmark.Mode == EmulatorBenchmarkMode.Firehose ? new Firehose(handshake.Benchmark, _sender) : null;
            _lifetime = lifetime;
            _config = new SessionConfiguration(_gate, _input, CreateDefaultSession());
            _responses = new ResponseRunner(
                _gate,
                _conversation,
                _config,
                BuildItem,
                SendEventAsync,
                _sender,
                _faults,
                options,
                handshake.Pacing,
                connection.SessionId,
                firehose,
                lifetime);
        }

        public async Task RunAsync()
        {
            try
            {
                if (_faults.OnSessionStart())
                {
                    JsonObject created = EmulatorJson.Event("session.created");
                    created["session"] = _config.Snapshot();
                    await SendEventAsync(created).ConfigureAwait(false);
                    await _faults.AfterSessionCreatedAsync().ConfigureAwait(false);
                }

                await ReceiveLoopAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The emulator is stopping or the client went away.
            }
            catch (WebSocketException)
            {
                // The client dropped the connection; nothing to answer.
            }
            finally
            {
                await _responses.StopActiveResponseAsync().ConfigureAwait(false);
                _connection.Handler = null;
                _connection.MarkCompleted();
                if (_socket.State is not WebSocketState.Closed)
                {
                    _socket.Abort();
                }
            }
        }

        private async Task ReceiveLoopAsync()
        {
            // Why read straight into the message: a buffer per session for its whole life is what thousands of idle
            // sessions pay for; the message grows only as far as the largest message needs.
            var message = new ArrayBufferWriter<byte>(ReceiveChunkBytes);
            while (true)
            {
                await _faults.BeforeReceiveAsync().ConfigureAwait(false);
                ValueWebSocketReceiveResult result = await _socket.ReceiveAsync(message.GetMemory(ReceiveChunkBytes), _lifetime).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _connection.ClientCloseStatus = _socket.CloseStatus;
                    _connection.ClientCloseDescription = _socket.CloseStatusDescription;
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        await _sender.CloseOutputAsync((int)(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure), string.Empty).ConfigureAwait(false);
                    }

                    return;
                }

                message.Advance(result.Count);
                if (message.WrittenCount > _options.MaxClientMessageBytes)
                {
                    await _sender.CloseOutputAsync((int)WebSocketCloseStatus.MessageTooBig, "message too big").ConfigureAwait(false);
                    return;
                }

                if (!result.EndOfMessage)
                {
                    continue;
                }

                await HandleMessageAsync(message.WrittenMemory, result.MessageType == WebSocketMessageType.Binary).ConfigureAwait(false);
                message.Clear();
            }
        }

        private async Task HandleMessageAsync(ReadOnlyMemory<byte> bytes, bool binary)
        {
            if (_echo is not null && !binary && await _echo.TryTakeAppendAsync(bytes).ConfigureAwait(false))
            {
                return;
            }

            string text = Encoding.UTF8.GetString(bytes.Span);
            JsonObject? evt = null;
            try
            {
                evt = JsonNode.Parse(text) as JsonObject;
            }
            catch (JsonException)
            {
            }

            string? type = evt?["type"] is JsonValue typeValue && typeValue.TryGetValue(out string? t) ? t : null;
            string? clientEventId = evt?["event_id"] is JsonValue idValue && idValue.TryGetValue(out string? id) ? id : null;
            _connection.Record(type, clientEventId, text, binary);
            if (!_faults.OnClientMessage())
            {
                return;
            }

            if (binary)
            {
                await SendErrorAsync("invalid_message", "Binary frames are not supported; send JSON text frames.", null, clientEventId).ConfigureAwait(false);
                return;
            }

            if (evt is null)
            {
                await SendErrorAsync("invalid_json", "The server could not parse the message as a JSON object.", null, null).ConfigureAwait(false);
                return;
            }

            if (type is null)
            {
                await SendErrorAsync("missing_required_parameter", "Missing required parameter: 'type'.", "type", clientEventId).ConfigureAwait(false);
                return;
            }

            type = FromWireShape(evt, type);
            await DispatchAsync(type, evt, clientEventId).ConfigureAwait(false);
        }

        private Task DispatchAsync(string type, JsonObject evt, string? eventId)
        {
            return type switch
            {
                "session.update" => HandleSessionUpdateAsync(evt, eventId),
                "input_audio_buffer.append" => HandleAppendAsync(evt, eventId),
                "input_audio_buffer.commit" => HandleCommitAsync(eventId),
                "input_audio_buffer.clear" => HandleClearAsync(),
                "input_audio.turn.start" => HandleTurnStartAsync(evt, eventId),
                "input_audio.turn.append" => HandleTurnAppendAsync(evt, eventId),
                "input_audio.turn.end" => HandleTurnEndAsync(evt, eventId),
                "input_audio.turn.cancel" => HandleTurnCancelAsync(evt, eventId),
                "input_audio.clear" => HandleInputAudioClearAsync(),
                "input_text.delta" => HandleInputTextDeltaAsync(evt, eventId),
                "input_text.done" => HandleInputTextDoneAsync(evt, eventId),
                "conversation.item.create" => HandleItemCreateAsync(evt, eventId),
                "conversation.item.retrieve" => HandleItemRetrieveAsync(evt, eventId),
                "conversation.item.delete" => HandleItemDeleteAsync(evt, eventId),
                "conversation.item.truncate" => HandleItemTruncateAsync(evt, eventId),
                "response.create" => _responses.HandleResponseCreateAsync(evt, eventId),
                "response.cancel" => _responses.HandleResponseCancelAsync(evt, eventId),
                "output_audio_buffer.clear" => SendEventAsync(EmulatorJson.Event("output_audio_buffer.cleared")),
                "session.avatar.connect" => SendErrorAsync("unsupported_feature", "The emulator does not support avatars.", "type", eventId),
                _ => SendErrorAsync("invalid_value", $"Invalid value: '{type}'. This is not a client event type the service accepts.", "type", eventId),
            };
        }

        /// <summary>The session's outgoing side, for the test-facing <see cref="EmulatorConnection"/>.</summary>
        internal SessionSender Sender => _sender;

        /// <summary>Sends one event in the connection's wire shape; <paramref name="beforeWrite"/> runs under the send lock just before it is written.</summary>
        private Task SendEventAsync(JsonObject evt, Action? beforeWrite = null)
        {
            return _sender.SendJsonAsync(ToWireShape(evt), beforeWrite);
        }

        private Task SendErrorAsync(string code, string message, string? param, string? clientEventId, string errorType = "invalid_request_error")
        {
            return SendEventAsync(EmulatorJson.Error(code, message, param, clientEventId, errorType));
        }

        private static string? GetString(JsonObject obj, string name)
        {
            return EmulatorJson.GetString(obj, name);
        }
    }
}
