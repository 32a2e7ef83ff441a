using System;
using System.Buffers;
using System.IO;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace VoiceLive.Samples.PhoneBridge
{
    /// <summary>
    /// One phone call bridged to one Voice Live session. The phone side's reader forwards caller audio to the session
    /// and feeds <c>mark</c> acknowledgements to a remote-playback <see cref="AudioPlaybackTracker"/>; the session's
    /// reader forwards the assistant's audio to the phone, each chunk followed by a <c>mark</c> naming the item and
    /// the milliseconds of its audio sent so far. On <c>input_audio_buffer.speech_started</c> while the caller still
    /// hears the assistant, it sends <c>clear</c> and truncates the item where the caller stopped hearing it (the
    /// service itself cancels the response, <c>interrupt_response</c>). Only the session's reader writes to the phone socket.
    /// </summary>
    public sealed class CallBridge
    {
        private readonly WebSocket _phone;
        private readonly PhoneBridgeOptions _options;
        private readonly ILogger _logger;
        private readonly ArrayBufferWriter<byte> _outgoing = new(16 * 1024);
        private readonly PhoneAudioPath _audio;
        private AudioPlaybackTracker _tracker = null!;
        private VoiceLiveConnection? _session;
        private string _streamSid = string.Empty;
        private string? _cancelledResponseId;
        private string? _currentResponseId;
        private bool _responseActive;

        /// <summary>Creates the bridge of one accepted phone WebSocket.</summary>
        public CallBridge(WebSocket phone, PhoneBridgeOptions options, ILogger logger)
        {
            _phone = phone;
            _options = options;
            _logger = logger;
            _audio = new PhoneAudioPath(options.Mode);
        }

        /// <summary>Barge-ins handled on this call.</summary>
        public int BargeIns { get; private set; }

        /// <summary>Runs the call until the phone side stops or disconnects.</summary>
        public async Task RunAsync(CancellationToken cancellationToken)
        {
            byte[] buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            Task? serviceToPhone = null;
            try
            {
                while (true)
                {
                    using JsonDocument? message = await ReceiveAsync(buffer, stop.Token).ConfigureAwait(false);
                    if (message is null)
                    {
                        break;
                    }

                    JsonElement root = message.RootElement;
                    switch (TwilioMessages.EventOf(root))
                    {
                        case "start":
                            _streamSid = TwilioMessages.StringAt(root, "start", "streamSid") ?? throw new InvalidDataException("start without streamSid");
                            string? encoding = TwilioMessages.StringAt(root, "mediaFormat", "encoding") ?? MediaEncoding(root);
                            if (encoding is not null && encoding != "audio/x-mulaw")
                            {
                                throw new InvalidDataException($"The call's media format is {encoding}; the bridge takes audio/x-mulaw at 8 kHz.");
                            }

                            _session = await StartSessionAsync(stop.Token).ConfigureAwait(false);
                            serviceToPhone = Task.Run(() => ServiceToPhoneAsync(_session, stop.Token), CancellationToken.None);
                            _logger.LogInformation("call {StreamSid}: bridged ({Mode})", _streamSid, _options.Mode);
                            break;
                        case "media" when _session is not null:
                            ReadOnlyMemory<byte> forService = _audio.ToService(TwilioMessages.PayloadOf(root));
                            await _session.InputAudioBuffer.AppendAsync(forService, cancellationToken: stop.Token).ConfigureAwait(false);
                            break;
                        case "mark":
                            OnMark(TwilioMessages.StringAt(root, "mark", "name"));
                            break;
                        case "stop":
                            _logger.LogInformation("call {StreamSid}: the phone side stopped the stream", _streamSid);
                            return;
                    }
                }
            }
            finally
            {
                stop.Cancel();
                ArrayPool<byte>.Shared.Return(buffer);
                if (_session is not null)
                {
                    await _session.DisposeAsync().ConfigureAwait(false);
                }

                if (serviceToPhone is not null)
                {
                    try
                    {
                        await serviceToPhone.ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is OperationCanceledException or VoiceLiveException or WebSocketException or ObjectDisposedException)
                    {
                        _logger.LogDebug(e, "call {StreamSid}: the session reader ended with the call", _streamSid);
                    }
                }

                await ClosePhoneAsync().ConfigureAwait(false);
            }
        }

        // Ends the stream from this side once nothing else writes to the socket (after stop, or on failure).
        private async Task ClosePhoneAsync()
        {
            if (_phone.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            {
                return;
            }

            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                // CloseAsync waits for the phone side's close reply, so the TCP connection is not torn down under it.
                await _phone.CloseAsync(WebSocketCloseStatus.NormalClosure, "call ended", limit.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                _logger.LogDebug(e, "call {StreamSid}: the phone side went away before the close", _streamSid);
            }
        }

        private static string? MediaEncoding(JsonElement root)
            => root.TryGetProperty("start", out JsonElement start) ? TwilioMessages.StringAt(start, "mediaFormat", "encoding") : null;

        private async Task<VoiceLiveConnection> StartSessionAsync(CancellationToken cancellationToken)
        {
            VoiceLiveConnection session = await _options.ConnectAsync(cancellationToken).ConfigureAwait(false);
            _tracker = AudioPlaybackTracker.ForRemotePlayback(_audio.OutputFormat);
            await session.Session.UpdateAsync(new RequestSession
            {
                Instructions = _options.Instructions,
                Modalities = { Modality.Text, Modality.Audio },
                InputAudioFormat = _audio.InputFormat,
                OutputAudioFormat = _audio.OutputFormat,
                InputAudioTranscription = new AudioInputTranscriptionOptions(InputAudioTranscriptionModel.Whisper1),
                // The service stops its response when the caller talks; the bridge makes the phone and the conversation match.
                TurnDetection = new ServerVad { SilenceDurationMs = 500, InterruptResponse = true },
            }, cancellationToken: cancellationToken).ConfigureAwait(false);
            return session;
        }

        private async Task ServiceToPhoneAsync(VoiceLiveConnection session, CancellationToken cancellationToken)
        {
            await foreach (ServerEvent evt in session.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                switch (evt)
                {
                    case ServerEventResponseCreated created:
                        _currentResponseId = created.Response.Id;
                        _responseActive = true;
                        break;
                    case ServerEventResponseDone:
                        _responseActive = false;
                        break;
                    case ServerEventResponseAudioDelta delta when delta.ResponseId != _cancelledResponseId:
                        _tracker.OnAudioDelta(delta);
                        await SendMediaAsync(_audio.ToPhone(delta.Delta), cancellationToken).ConfigureAwait(false);
                        await SendMarkAsync($"{delta.ItemId}:{_tracker.ReceivedMs}", cancellationToken).ConfigureAwait(false);
                        break;
                    case ServerEventResponseAudioDone:
                        await SendMediaAsync(_audio.FlushToPhone(), cancellationToken).ConfigureAwait(false);
                        break;
                    // The caller talks over the assistant: audio still playing at the far end, or more still coming.
                    case ServerEventInputAudioBufferSpeechStarted when _tracker.IsPlaying || _responseActive:
                        await BargeInAsync(session, cancellationToken).ConfigureAwait(false);
                        break;
                    case ServerEventConversationItemInputAudioTranscriptionCompleted heard:
                        _logger.LogInformation("call {StreamSid}: caller said {Transcript}", _streamSid, heard.Transcript);
                        break;
                    case ServerEventError error:
                        _logger.LogWarning("call {StreamSid}: service error {Code}: {Message}", _streamSid, error.Error.Code, error.Error.Message);
                        break;
                }
            }
        }

        private async Task BargeInAsync(VoiceLiveConnection session, CancellationToken cancellationToken)
        {
            BargeIns++;
            ClientEvent? correction = _tracker.CreateInterruptionEvent();
            _logger.LogInformation("call {StreamSid}: barge-in after {PlayedMs} of {ReceivedMs} ms", _streamSid, _tracker.PlayedMs, _tracker.ReceivedMs);
            _audio.DropPhoneAudio();
            _outgoing.Clear();
            TwilioMessages.WriteClear(_outgoing, _streamSid);
            await SendOutgoingAsync(cancellationToken).ConfigureAwait(false);

            // The service cancels the response itself (interrupt_response); audio of it still in flight is dropped.
            _cancelledResponseId = _currentResponseId;
            _responseActive = false;

            if (correction is not null)
            {
                await session.SendAsync(correction, cancellationToken).ConfigureAwait(false);
            }

            _tracker.Reset();
        }

        private void OnMark(string? name)
        {
            // Marks are "<item id>:<ms of that item's audio sent>"; the phone echoes each once it has played that far.
            if (name is null || _tracker is null)
            {
                return;
            }

            int colon = name.LastIndexOf(':');
            if (colon > 0 && int.TryParse(name.AsSpan(colon + 1), out int playedMs))
            {
                _tracker.OnRemotePlayedUpTo(name.Substring(0, colon), playedMs);
            }
        }

        private Task SendMediaAsync(ReadOnlyMemory<byte> muLaw, CancellationToken cancellationToken)
        {
            if (muLaw.IsEmpty)
            {
                return Task.CompletedTask;
            }

            _outgoing.Clear();
            TwilioMessages.WriteMedia(_outgoing, _streamSid, muLaw.Span);
            return SendOutgoingAsync(cancellationToken);
        }

        private Task SendMarkAsync(string name, CancellationToken cancellationToken)
        {
            _outgoing.Clear();
            TwilioMessages.WriteMark(_outgoing, _streamSid, name);
            return SendOutgoingAsync(cancellationToken);
        }

        // A cancelled WebSocket send aborts the socket, so sends are never cancelled: the call's end stops the session
        // reader between messages instead, and the phone side then gets a proper close.
        private async Task SendOutgoingAsync(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await _phone.SendAsync(_outgoing.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
        }

        private async Task<JsonDocument?> ReceiveAsync(byte[] buffer, CancellationToken cancellationToken)
        {
            int count = 0;
            while (true)
            {
                if (count == buffer.Length)
                {
                    throw new InvalidDataException($"A Media Streams message exceeds {buffer.Length} bytes.");
                }

                ValueWebSocketReceiveResult result = await _phone.ReceiveAsync(buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                count += result.Count;
                if (result.EndOfMessage)
                {
                    return JsonDocument.Parse(buffer.AsMemory(0, count));
                }
            }
        }
    }
}
