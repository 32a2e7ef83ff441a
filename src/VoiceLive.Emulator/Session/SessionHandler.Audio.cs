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
    /// <c>input_audio.turn.*</c> and streamed text input <c>input_text.*</c>. The buffer and VAD state is
    /// <see cref="InputAudioBuffer"/>; only the receive loop touches it.
    /// </summary>
    internal sealed partial class SessionHandler
    {
        private readonly InputAudioBuffer _input = new();
        private readonly Dictionary<string, string> _inputTexts = new(StringComparer.Ordinal);
        private string? _turnId;
        private List<short>? _turnSamples;

        private short[] DecodeInput(string base64)
        {
            byte[] bytes = Convert.FromBase64String(base64);
            return _config.InputFormat switch
            {
                "g711_ulaw" => EmulatorAudio.DecodeMuLaw(bytes),
                "g711_alaw" => EmulatorAudio.DecodeALaw(bytes),
                _ => EmulatorAudio.FromBytes(bytes),
            };
        }

        private async Task HandleAppendAsync(JsonObject evt, string? eventId)
        {
            short[]? samples = _config.InputFormat == "pcm16"
                ? await DecodePcm16AppendAsync(evt, eventId).ConfigureAwait(false)
                : await DecodeAudioFieldAsync(evt, "audio", eventId).ConfigureAwait(false);
            if (samples is null)
            {
                return;
            }

            _input.Append(samples, _config.InputRate);
            while (_input.TryDetect(out var change))
            {
                if (change.Started)
                {
                    await OnSpeechStartedAsync(change.AtMs).ConfigureAwait(false);
                }
                else
                {
                    await OnSpeechStoppedAsync(change.AtMs).ConfigureAwait(false);
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

            return _input.JoinPcm16(bytes);
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
            _input.SpeechItemId = Ids.New("item_");
            JsonObject started = EmulatorJson.Event("input_audio_buffer.speech_started");
            started["audio_start_ms"] = (int)Math.Round(Math.Max(audioStartMs, _input.StartMs));
            started["item_id"] = _input.SpeechItemId;
            await SendEventAsync(started).ConfigureAwait(false);
            if (_input.InterruptResponse)
            {
                // Protocol: speech during a response interrupts it (status cancelled, reason turn_detected).
                ResponseRun? interrupted = await _responses.CancelActiveResponseAsync("turn_detected").ConfigureAwait(false);
                if (interrupted is not null && _input.AutoTruncate)
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
            string itemId = _input.SpeechItemId ?? Ids.New("item_");
            JsonObject stopped = EmulatorJson.Event("input_audio_buffer.speech_stopped");
            stopped["audio_end_ms"] = (int)Math.Round(audioEndMs);
            stopped["item_id"] = itemId;
            await SendEventAsync(stopped).ConfigureAwait(false);
            int rate = _input.Rate;
            await CommitSamplesAsync(_input.Take(_input.DetectedCount), rate, itemId, _input.CreateResponse).ConfigureAwait(false);
            _input.SpeechItemId = null;
        }

        private async Task HandleCommitAsync(string? eventId)
        {
            double bufferedMs = _input.BufferedMs;
            if (bufferedMs < 100)
            {
                string message = "Error committing input audio buffer: buffer too small. Expected at least 100ms of audio, but buffer only has "
                    + bufferedMs.ToString("0.00", CultureInfo.InvariantCulture) + "ms of audio.";
                await SendErrorAsync("input_audio_buffer_commit_empty", message, null, eventId).ConfigureAwait(false);
                return;
            }

            string itemId = (_input.InSpeech ? _input.SpeechItemId : null) ?? Ids.New("item_");
            _input.ResetVad();
            _input.SpeechItemId = null;
            int rate = _input.Rate;
            await CommitSamplesAsync(_input.Take(), rate, itemId, respond: false).ConfigureAwait(false);
        }

        private Task HandleClearAsync()
        {
            _input.Reset();
            _input.SpeechItemId = null;
            return SendEventAsync(EmulatorJson.Event("input_audio_buffer.cleared"));
        }
    }
}
