using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// Input audio: decoding per <c>input_audio_format</c>, the input buffer, server VAD
    /// (<c>speech_started</c>/<c>speech_stopped</c>/<c>committed</c>), manual commit/clear, the Azure turn events
    /// <c>input_audio.turn.*</c> and streamed text input <c>input_text.*</c>. Only the receive loop touches this state.
    /// </summary>
    internal sealed partial class SessionHandler
    {
        private readonly List<short> _buffer = new();
        private readonly Dictionary<string, string> _inputTexts = new(StringComparer.Ordinal);
        private int _bufferRate = 24000;
        private double _bufferStartMs;
        private int _vadPos;
        private VoiceActivityDetector? _vad;
        private bool _createResponse;
        private bool _interruptResponse;
        private bool _autoTruncate;
        private int? _pendingByte;
        private string? _speechItemId;
        private string? _turnId;
        private List<short>? _turnSamples;

        /// <summary>Rebuilds the VAD from <c>session.turn_detection</c>; null disables it (Protocol: turn_detection null disables server VAD).</summary>
        private void ConfigureVad()
        {
            if (_session["turn_detection"] is JsonObject vad)
            {
                double threshold = vad["threshold"] is JsonValue t && t.TryGetValue(out double th) ? th : 0.5;
                int prefix = vad["prefix_padding_ms"] is JsonValue p && p.TryGetValue(out int pp) ? pp : 300;
                int silence = vad["silence_duration_ms"] is JsonValue s && s.TryGetValue(out int sd) ? sd : 500;
                _vad = new VoiceActivityDetector(threshold, prefix, silence);
                _createResponse = vad["create_response"] is not JsonValue c || !c.TryGetValue(out bool create) || create;
                _interruptResponse = vad["interrupt_response"] is not JsonValue i || !i.TryGetValue(out bool interrupt) || interrupt;
                _autoTruncate = vad["auto_truncate"] is JsonValue a && a.TryGetValue(out bool truncate) && truncate;
            }
            else
            {
                _vad = null;
            }
        }

        private void ResetInputBuffer()
        {
            _bufferStartMs += _buffer.Count * 1000.0 / _bufferRate;
            _buffer.Clear();
            _pendingByte = null;
            _vadPos = 0;
            _vad?.Reset();
        }

        private short[] DecodeInput(string base64)
        {
            byte[] bytes = Convert.FromBase64String(base64);
            return InputFormat switch
            {
                "g711_ulaw" => EmulatorAudio.DecodeMuLaw(bytes),
                "g711_alaw" => EmulatorAudio.DecodeALaw(bytes),
                _ => EmulatorAudio.FromBytes(bytes),
            };
        }

        private async Task HandleAppendAsync(JsonObject evt, string? eventId)
        {
            short[]? samples = InputFormat == "pcm16"
                ? await DecodePcm16AppendAsync(evt, eventId).ConfigureAwait(false)
                : await DecodeAudioFieldAsync(evt, "audio", eventId).ConfigureAwait(false);
            if (samples is null)
            {
                return;
            }

            if (_buffer.Count == 0)
            {
                _bufferRate = InputRate;
            }

            _buffer.AddRange(samples);
            if (_vad is null)
            {
                return;
            }

            int frameLength = _bufferRate * VoiceActivityDetector.FrameMs / 1000;
            while (_vad is not null && _vadPos + frameLength <= _buffer.Count)
            {
                double frameStartMs = _bufferStartMs + (_vadPos * 1000.0 / _bufferRate);
                var result = _vad.Process(CollectionsMarshal.AsSpan(_buffer).Slice(_vadPos, frameLength), frameStartMs);
                _vadPos += frameLength;
                if (result.Started)
                {
                    await OnSpeechStartedAsync(result.AtMs).ConfigureAwait(false);
                }
                else if (result.Stopped)
                {
                    await OnSpeechStoppedAsync(result.AtMs).ConfigureAwait(false);
                }
            }
        }

        /// <summary>PCM16 appends may split a sample across two events; the odd byte waits for the next append.</summary>
        private async Task<short[]?> DecodePcm16AppendAsync(JsonObject evt, string? eventId)
        {
            string? audio = GetString(evt, "audio");
            if (audio is null)
            {
                await SendErrorAsync("missing_required_parameter", "Missing required parameter: 'audio'.", "audio", eventId).ConfigureAwait(false);
                return null;
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(audio);
            }
            catch (FormatException)
            {
                await SendErrorAsync("invalid_value", "Invalid 'audio': not valid base64.", "audio", eventId).ConfigureAwait(false);
                return null;
            }

            if (_pendingByte is int carried)
            {
                var joined = new byte[bytes.Length + 1];
                joined[0] = (byte)carried;
                bytes.CopyTo(joined, 1);
                bytes = joined;
                _pendingByte = null;
            }

            if (bytes.Length % 2 == 1)
            {
                _pendingByte = bytes[^1];
            }

            return EmulatorAudio.FromBytes(bytes);
        }

        private async Task<short[]?> DecodeAudioFieldAsync(JsonObject evt, string field, string? eventId)
        {
            string? audio = GetString(evt, field);
            if (audio is null)
            {
                await SendErrorAsync("missing_required_parameter", $"Missing required parameter: '{field}'.", field, eventId).ConfigureAwait(false);
                return null;
            }

            try
            {
                return DecodeInput(audio);
            }
            catch (FormatException)
            {
                await SendErrorAsync("invalid_value", $"Invalid '{field}': not valid base64.", field, eventId).ConfigureAwait(false);
                return null;
            }
        }

        private async Task OnSpeechStartedAsync(double audioStartMs)
        {
            _speechItemId = Ids.New("item_");
            JsonObject started = EmulatorJson.Event("input_audio_buffer.speech_started");
            started["audio_start_ms"] = (int)Math.Round(Math.Max(audioStartMs, _bufferStartMs));
            started["item_id"] = _speechItemId;
            await SendEventAsync(started).ConfigureAwait(false);
            if (_interruptResponse)
            {
                // Protocol: speech during a response interrupts it (status cancelled, reason turn_detected).
                ResponseRun? interrupted = await CancelActiveResponseAsync("turn_detected").ConfigureAwait(false);
                if (interrupted is not null && _autoTruncate)
                {
                    await AutoTruncateAsync(interrupted).ConfigureAwait(false);
                }
            }
        }

        /// <summary>Protocol: with <c>auto_truncate</c>, the server itself cuts the interrupted assistant audio at what was sent.</summary>
        private async Task AutoTruncateAsync(ResponseRun run)
        {
            ConversationItem? item;
            lock (_gate)
            {
                item = run.Output.Find(i => i.Role == "assistant" && i.SpokenText is not null);
                if (item is not null)
                {
                    TruncateAudio(item, run.AudioSentMs);
                }
            }

            if (item is not null)
            {
                JsonObject truncated = EmulatorJson.Event("conversation.item.truncated");
                truncated["item_id"] = item.Id;
                truncated["content_index"] = 0;
                truncated["audio_end_ms"] = run.AudioSentMs;
                await SendEventAsync(truncated).ConfigureAwait(false);
            }
        }

        private async Task OnSpeechStoppedAsync(double audioEndMs)
        {
            string itemId = _speechItemId ?? Ids.New("item_");
            JsonObject stopped = EmulatorJson.Event("input_audio_buffer.speech_stopped");
            stopped["audio_end_ms"] = (int)Math.Round(audioEndMs);
            stopped["item_id"] = itemId;
            await SendEventAsync(stopped).ConfigureAwait(false);
            await CommitBufferAsync(_vadPos, itemId, _createResponse).ConfigureAwait(false);
            _speechItemId = null;
        }

        private async Task CommitBufferAsync(int count, string itemId, bool respond)
        {
            short[] samples = _buffer.GetRange(0, count).ToArray();
            _buffer.RemoveRange(0, count);
            _bufferStartMs += count * 1000.0 / _bufferRate;
            _vadPos = Math.Max(0, _vadPos - count);
            await CommitSamplesAsync(samples, _bufferRate, itemId, respond).ConfigureAwait(false);
        }

        private async Task HandleCommitAsync(string? eventId)
        {
            double bufferedMs = _buffer.Count * 1000.0 / _bufferRate;
            if (bufferedMs < 100)
            {
                string message = "Error committing input audio buffer: buffer too small. Expected at least 100ms of audio, but buffer only has "
                    + bufferedMs.ToString("0.00", CultureInfo.InvariantCulture) + "ms of audio.";
                await SendErrorAsync("input_audio_buffer_commit_empty", message, null, eventId).ConfigureAwait(false);
                return;
            }

            string itemId = (_vad?.InSpeech == true ? _speechItemId : null) ?? Ids.New("item_");
            _vad?.Reset();
            _speechItemId = null;
            await CommitBufferAsync(_buffer.Count, itemId, respond: false).ConfigureAwait(false);
        }

        private Task HandleClearAsync()
        {
            ResetInputBuffer();
            _speechItemId = null;
            return SendEventAsync(EmulatorJson.Event("input_audio_buffer.cleared"));
        }
    }
}
