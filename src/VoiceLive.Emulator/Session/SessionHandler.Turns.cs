using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// Azure turn-based input (<c>input_audio.turn.start/append/end/cancel</c>, <c>input_audio.clear</c>) and streamed
    /// text input (<c>input_text.delta/done</c>). A turn's audio is collected and committed at <c>end</c> like a VAD
    /// turn; finished text becomes a user text item. Both then get a response.
    /// </summary>
    internal sealed partial class SessionHandler
    {
        private async Task HandleTurnStartAsync(JsonObject evt, string? eventId)
        {
            string? turnId = await RequireAsync(evt, "turn_id", eventId).ConfigureAwait(false);
            if (turnId is not null)
            {
                _turnId = turnId;
                _turnSamples = new List<short>();
            }
        }

        private async Task HandleTurnAppendAsync(JsonObject evt, string? eventId)
        {
            if (!await CheckTurnAsync(evt, eventId).ConfigureAwait(false))
            {
                return;
            }

            short[]? samples = await DecodeAudioFieldAsync(evt, "audio", eventId).ConfigureAwait(false);
            if (samples is not null)
            {
                _turnSamples!.AddRange(samples);
            }
        }

        private async Task HandleTurnEndAsync(JsonObject evt, string? eventId)
        {
            if (!await CheckTurnAsync(evt, eventId).ConfigureAwait(false))
            {
                return;
            }

            short[] samples = _turnSamples!.ToArray();
            _turnId = null;
            _turnSamples = null;
            await CommitSamplesAsync(samples, _config.InputRate, Ids.New("item_"), respond: true).ConfigureAwait(false);
        }

        private async Task HandleTurnCancelAsync(JsonObject evt, string? eventId)
        {
            if (await CheckTurnAsync(evt, eventId).ConfigureAwait(false))
            {
                _turnId = null;
                _turnSamples = null;
            }
        }

        private Task HandleInputAudioClearAsync()
        {
            _turnId = null;
            _turnSamples = null;
            return HandleClearAsync();
        }

        private async Task<bool> CheckTurnAsync(JsonObject evt, string? eventId)
        {
            string? turnId = await RequireAsync(evt, "turn_id", eventId).ConfigureAwait(false);
            if (turnId is null)
            {
                return false;
            }

            if (turnId != _turnId || _turnSamples is null)
            {
                await SendErrorAsync("invalid_value", $"No active turn with turn_id '{turnId}'; send input_audio.turn.start first.", "turn_id", eventId).ConfigureAwait(false);
                return false;
            }

            return true;
        }

        private async Task HandleInputTextDeltaAsync(JsonObject evt, string? eventId)
        {
            string? id = await RequireAsync(evt, "id", eventId).ConfigureAwait(false);
            if (id is not null)
            {
                _inputTexts[id] = (_inputTexts.TryGetValue(id, out string? sofar) ? sofar : string.Empty) + (GetString(evt, "delta") ?? string.Empty);
            }
        }

        private async Task HandleInputTextDoneAsync(JsonObject evt, string? eventId)
        {
            string? id = await RequireAsync(evt, "id", eventId).ConfigureAwait(false);
            if (id is null)
            {
                return;
            }

            if (!_inputTexts.Remove(id, out string? text))
            {
                await SendErrorAsync("invalid_value", $"No input_text.delta was received for id '{id}'.", "id", eventId).ConfigureAwait(false);
                return;
            }

            string? previous;
            JsonObject snapshot;
            lock (_gate)
            {
                string itemId = _conversation.Find(id) is null ? id : Ids.New("item_");
                var item = new JsonObject
                {
                    ["id"] = itemId,
                    ["object"] = "realtime.item",
                    ["type"] = "message",
                    ["status"] = "completed",
                    ["role"] = "user",
                    ["content"] = new JsonArray(new JsonObject { ["type"] = "input_text", ["text"] = text }),
                };
                previous = _conversation.Append(new ConversationItem(itemId, item) { HeardText = text });
                snapshot = (JsonObject)item.DeepClone();
            }

            await SendItemCreatedAsync(previous, snapshot).ConfigureAwait(false);
            await _responses.StartResponseAsync(null, null).ConfigureAwait(false);
        }

        private async Task<string?> RequireAsync(JsonObject evt, string field, string? eventId)
        {
            string? value = GetString(evt, field);
            if (string.IsNullOrEmpty(value))
            {
                await SendErrorAsync("missing_required_parameter", $"Missing required parameter: '{field}'.", field, eventId).ConfigureAwait(false);
                return null;
            }

            return value;
        }
    }
}
