using System;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace VoiceLive.Samples.BrowserAssistant
{
    /// <summary>
    /// One page connection relayed to one Voice Live session. The upstream half (this file) validates every page
    /// message and forwards it; the downstream half (RelaySession.Downstream.cs) turns Voice Live events into page
    /// messages. When either side goes, the other is closed.
    /// </summary>
    public sealed partial class RelaySession
    {
        /// <summary>Sample rate of the PCM16 audio in both directions.</summary>
        public const int SampleRate = 24_000;

        private const int BytesPerMs = SampleRate * 2 / 1000;

        private readonly BrowserSocket _page;
        private readonly VoiceLiveConnection _voiceLive;
        private readonly RelayOptions _options;
        private readonly ILogger _logger;
        private readonly string _mode;
        private readonly TokenBucket _messageBucket;
        private readonly TokenBucket _audioBucket;
        private int _truncations;

        /// <summary>Pairs an accepted page socket with an open Voice Live connection.</summary>
        public RelaySession(BrowserSocket page, VoiceLiveConnection voiceLive, RelayOptions options, TimeProvider time, string mode, ILogger logger)
        {
            _page = page;
            _voiceLive = voiceLive;
            _options = options;
            _mode = mode;
            _logger = logger;
            _messageBucket = new TokenBucket(options.MaxMessagesPerSecond, options.MaxMessagesPerSecond, time);
            _audioBucket = new TokenBucket(options.MaxAudioBytesPerSecond, 2.0 * options.MaxAudioBytesPerSecond, time);
        }

        /// <summary>Configures the session, relays both ways until one side ends, then closes the other.</summary>
        public async Task RunAsync(CancellationToken aborted)
        {
            try
            {
                await ConfigureSessionAsync(aborted).ConfigureAwait(false);
            }
            catch (VoiceLiveException e)
            {
                await EndAsync("voicelive_failed", $"Voice Live failed while the session was being set up: {e.Message}").ConfigureAwait(false);
                return;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            Task upstream = RunUpstreamAsync(stop.Token);
            Task downstream = RunDownstreamAsync(stop.Token);
            Task first = await Task.WhenAny(upstream, downstream).ConfigureAwait(false);
            if (first == downstream)
            {
                // Voice Live ended and the page was sent a close frame: give it a moment to answer, then drop it.
                await Task.WhenAny(upstream, Task.Delay(TimeSpan.FromSeconds(5), aborted)).ConfigureAwait(false);
            }

            stop.Cancel();
            await ObserveAsync(upstream, "page reader").ConfigureAwait(false);
            await ObserveAsync(downstream, "Voice Live reader").ConfigureAwait(false);
        }

        private Task ConfigureSessionAsync(CancellationToken cancellationToken) =>
            _voiceLive.Session.UpdateAsync(new RequestSession
            {
                Instructions = _options.Instructions,
                Modalities = { Modality.Text, Modality.Audio },
                Voice = new AzureStandardVoice(_options.Voice),
                InputAudioFormat = InputAudioFormat.Pcm16,
                OutputAudioFormat = OutputAudioFormat.Pcm16,
                InputAudioTranscription = new AudioInputTranscriptionOptions(InputAudioTranscriptionModel.Whisper1),
                TurnDetection = new ServerVad { SilenceDurationMs = 500 },
            }, cancellationToken: cancellationToken);

        private async Task RunUpstreamAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                (BrowserMessageKind kind, ReadOnlyMemory<byte> data) = await _page.ReceiveAsync(cancellationToken).ConfigureAwait(false);
                switch (kind)
                {
                    case BrowserMessageKind.Closed:
                        await _page.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye").ConfigureAwait(false);
                        return;

                    case BrowserMessageKind.TooLarge:
                        await RefuseAndCloseAsync("message_too_large", $"Messages are limited to {_options.MaxAudioFrameBytes} bytes of audio or {_options.MaxJsonMessageBytes} bytes of JSON.", WebSocketCloseStatus.MessageTooBig).ConfigureAwait(false);
                        return;
                }

                if (!_messageBucket.TryTake(1) || (kind == BrowserMessageKind.Audio && !_audioBucket.TryTake(data.Length)))
                {
                    await RefuseAndCloseAsync("rate_limited", $"Too many messages: at most {_options.MaxMessagesPerSecond} messages and {_options.MaxAudioBytesPerSecond} audio bytes per second.", WebSocketCloseStatus.PolicyViolation).ConfigureAwait(false);
                    return;
                }

                if (kind == BrowserMessageKind.Audio)
                {
                    if (data.Length == 0 || data.Length % 2 != 0)
                    {
                        await RefuseAsync("invalid_audio", "Audio messages carry whole 16-bit samples: a non-empty, even number of bytes.", cancellationToken).ConfigureAwait(false);
                        continue;
                    }

                    await _voiceLive.InputAudioBuffer.AppendAsync(data, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await HandleJsonAsync(data, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        private async Task HandleJsonAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
        {
            string? type;
            string? itemId = null;
            int playedMs = -1;
            try
            {
                using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 4 });
                JsonElement root = document.RootElement;
                type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                if (type == "playback.interrupted")
                {
                    itemId = root.TryGetProperty("item_id", out JsonElement i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
                    playedMs = root.TryGetProperty("played_ms", out JsonElement p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out int ms) ? ms : -1;
                }
            }
            catch (JsonException)
            {
                await RefuseAsync("invalid_json", "Text messages must be one JSON object.", cancellationToken).ConfigureAwait(false);
                return;
            }

            switch (type)
            {
                case null:
                    await RefuseAsync("invalid_message", "A JSON message needs a string \"type\".", cancellationToken).ConfigureAwait(false);
                    return;

                case "playback.interrupted":
                    await HandlePlaybackInterruptedAsync(itemId, playedMs, cancellationToken).ConfigureAwait(false);
                    return;

                default:
                    // Echo at most a short prefix of an unknown type: it is the page's text, not ours.
                    string shown = type.Length > 40 ? string.Concat(type.AsSpan(0, 40), "…") : type;
                    await RefuseAsync("unknown_type", $"Unknown message type '{shown}'. The relay accepts binary audio and 'playback.interrupted'.", cancellationToken).ConfigureAwait(false);
                    return;
            }
        }

        // The page stopped playing an item because the user spoke: make the conversation match what was heard.
        private async Task HandlePlaybackInterruptedAsync(string? itemId, int playedMs, CancellationToken cancellationToken)
        {
            if (itemId is null || playedMs < 0)
            {
                await RefuseAsync("invalid_message", "'playback.interrupted' needs a string 'item_id' and a non-negative integer 'played_ms'.", cancellationToken).ConfigureAwait(false);
                return;
            }

            if (!TryStopItem(itemId, out long receivedBytes))
            {
                await RefuseAsync("unknown_item", "'playback.interrupted' names an item this relay sent no audio for.", cancellationToken).ConfigureAwait(false);
                return;
            }

            // The page cannot have played more than it was sent.
            int audioEndMs = (int)Math.Min(playedMs, receivedBytes / BytesPerMs);
            _logger.LogInformation("Barge-in: truncating {ItemId} at {AudioEndMs} ms (page reported {PlayedMs} ms)", itemId, audioEndMs, playedMs);
            await _voiceLive.Conversation.Item.TruncateAsync(itemId, 0, audioEndMs, eventId: $"relay-truncate-{++_truncations}", cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        private Task RefuseAsync(string code, string message, CancellationToken cancellationToken)
        {
            _logger.LogWarning("Refused a page message: {Code}", code);
            return _page.SendJsonAsync(PageEvents.Error(code, message, fatal: false), cancellationToken);
        }

        private async Task RefuseAndCloseAsync(string code, string message, WebSocketCloseStatus status)
        {
            _logger.LogWarning("Closing a page connection: {Code}", code);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _page.SendJsonAsync(PageEvents.Error(code, message, fatal: true), timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                _logger.LogDebug(e, "The page left before the error was sent");
            }

            await _page.CloseOutputAsync(status, code).ConfigureAwait(false);
        }

        private async Task ObserveAsync(Task task, string what)
        {
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The other side ended first; stopping this one is the plan.
            }
            catch (Exception e) when (e is WebSocketException or VoiceLiveException)
            {
                // A side that went away: the normal end of a relay, worth a line but not a stack trace.
                _logger.LogInformation("Relay {What} ended: {Message}", what, e.Message);
            }
            catch (Exception e)
            {
                _logger.LogWarning(e, "Relay {What} failed", what);
            }
        }
    }
}
