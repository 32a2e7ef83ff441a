using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace VoiceLive.Samples.BrowserAssistant
{
    public sealed partial class RelaySession
    {
        // Audio bytes sent to the page per assistant item (the last few), to bound what a barge-in may claim was played.
        private const int TrackedItems = 8;

        private readonly object _itemGate = new object();
        private readonly Dictionary<string, long> _sentBytes = new Dictionary<string, long>(StringComparer.Ordinal);
        private readonly Queue<string> _sentOrder = new Queue<string>();
        private string? _audioItemId;
        private string? _stoppedItemId;
        private bool _ready;

        private async Task RunDownstreamAsync(CancellationToken cancellationToken)
        {
            try
            {
                await foreach (ServerEvent evt in _voiceLive.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    await ForwardAsync(evt, cancellationToken).ConfigureAwait(false);
                }

                await EndAsync("voicelive_closed", "Voice Live ended the session.").ConfigureAwait(false);
            }
            catch (VoiceLiveConnectionClosedException e)
            {
                await EndAsync("voicelive_closed", $"Voice Live closed the session: {e.Message}").ConfigureAwait(false);
            }
            catch (VoiceLiveException e)
            {
                await EndAsync("voicelive_failed", $"The connection to Voice Live failed: {e.Message}").ConfigureAwait(false);
            }
        }

        private async Task EndAsync(string code, string message)
        {
            _logger.LogInformation("Voice Live side ended: {Code}", code);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _page.SendJsonAsync(PageEvents.Error(code, message, fatal: true), timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                _logger.LogDebug(e, "The page left before the end was reported");
            }

            await _page.CloseOutputAsync(WebSocketCloseStatus.InternalServerError, code).ConfigureAwait(false);
        }

        private Task ForwardAsync(ServerEvent evt, CancellationToken cancellationToken)
        {
            switch (evt)
            {
                case ServerEventResponseAudioDelta audio:
                    return ForwardAudioAsync(audio, cancellationToken);

                case ServerEventSessionUpdated when !_ready:
                    _ready = true;
                    return Send(PageEvents.Ready(_mode, SampleRate));

                case ServerEventInputAudioBufferSpeechStarted started:
                    // The page stops playing now; audio of the interrupted item still on its way is not sent.
                    lock (_itemGate)
                    {
                        _stoppedItemId = _audioItemId;
                    }

                    return Send(PageEvents.SpeechStarted(started.ItemId));

                case ServerEventInputAudioBufferSpeechStopped stopped:
                    return Send(PageEvents.SpeechStopped(stopped.ItemId));

                case ServerEventConversationItemInputAudioTranscriptionDelta delta:
                    return Send(PageEvents.UserTranscriptDelta(delta.ItemId, delta.Delta ?? ""));

                case ServerEventConversationItemInputAudioTranscriptionCompleted done:
                    return Send(PageEvents.UserTranscriptDone(done.ItemId, done.Transcript));

                case ServerEventResponseAudioTranscriptDelta delta:
                    return Send(PageEvents.AssistantTranscriptDelta(delta.ItemId, delta.Delta));

                case ServerEventResponseAudioTranscriptDone done:
                    return Send(PageEvents.AssistantTranscriptDone(done.ItemId, done.Transcript));

                case ServerEventConversationItemTruncated truncated:
                    return Send(PageEvents.Truncated(truncated.ItemId, truncated.AudioEndMs));

                case ServerEventResponseDone done:
                    return Send(PageEvents.ResponseDone(done.Response.Id ?? "", done.Response.Status.ToString() ?? ""));

                case ServerEventError error:
                    // Not fatal: the session carries on (for example a truncate of an item the service already cut).
                    _logger.LogWarning("Voice Live error {Code}: {Message}", error.Error.Code, error.Error.Message);
                    return Send(PageEvents.Error(error.Error.Code ?? "voicelive_error", error.Error.Message ?? "", fatal: false));

                default:
                    return Task.CompletedTask;
            }

            Task Send(byte[] json) => _page.SendJsonAsync(json, cancellationToken);
        }

        private async Task ForwardAudioAsync(ServerEventResponseAudioDelta audio, CancellationToken cancellationToken)
        {
            bool starts;
            lock (_itemGate)
            {
                if (audio.ItemId == _stoppedItemId)
                {
                    return;
                }

                starts = audio.ItemId != _audioItemId;
                if (starts)
                {
                    _audioItemId = audio.ItemId;
                    _sentOrder.Enqueue(audio.ItemId);
                    if (_sentOrder.Count > TrackedItems)
                    {
                        _sentBytes.Remove(_sentOrder.Dequeue());
                    }
                }

                _sentBytes[audio.ItemId] = _sentBytes.GetValueOrDefault(audio.ItemId) + audio.Delta.Length;
            }

            if (starts)
            {
                await _page.SendJsonAsync(PageEvents.AudioStart(audio.ItemId, audio.ResponseId), cancellationToken).ConfigureAwait(false);
            }

            await _page.SendAudioAsync(audio.Delta, cancellationToken).ConfigureAwait(false);
        }

        // Called by the upstream half when the page reports a barge-in: no more audio of this item goes out.
        private bool TryStopItem(string itemId, out long sentBytes)
        {
            lock (_itemGate)
            {
                if (!_sentBytes.TryGetValue(itemId, out sentBytes))
                {
                    return false;
                }

                _stoppedItemId = itemId;
                return true;
            }
        }
    }
}
