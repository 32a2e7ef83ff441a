using System;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>The session object's defaults for <c>session.created</c>, and <c>session.update</c> routed to <see cref="SessionConfiguration"/>.</summary>
    internal sealed partial class SessionHandler
    {
        private JsonObject CreateDefaultSession()
        {
            string model = _handshake.Model ?? "agent";
            bool openAiVoice = model.StartsWith("gpt-realtime", StringComparison.OrdinalIgnoreCase) || model.StartsWith("gpt-4o", StringComparison.OrdinalIgnoreCase);
            var session = new JsonObject
            {
                ["id"] = _connection.SessionId,
                ["object"] = "realtime.session",
                ["model"] = model,
                ["modalities"] = new JsonArray("text", "audio"),
                ["instructions"] = string.Empty,
                ["voice"] = openAiVoice
                    ? new JsonObject { ["type"] = "openai", ["name"] = "alloy" }
                    : new JsonObject { ["type"] = "azure-standard", ["name"] = "en-US-AvaNeural" },
                ["input_audio_format"] = "pcm16",
                ["output_audio_format"] = "pcm16",
                ["input_audio_sampling_rate"] = 24000,
                ["input_audio_noise_reduction"] = null,
                ["input_audio_echo_cancellation"] = null,
                ["input_audio_transcription"] = null,
                ["turn_detection"] = SessionValidator.DefaultTurnDetection("server_vad"),
                ["tools"] = new JsonArray(),
                ["tool_choice"] = "auto",
                ["temperature"] = 0.8,
                ["max_response_output_tokens"] = "inf",
                ["output_audio_timestamp_types"] = new JsonArray(),
                ["avatar"] = null,
                ["animation"] = null,
                ["expires_at"] = DateTimeOffset.UtcNow.Add(_faults.MaxSession ?? _options.SessionLifetime).ToUnixTimeSeconds(),
            };
            if (_handshake.Model is null)
            {
                session["agent"] = new JsonObject
                {
                    ["type"] = "agent",
                    ["name"] = _handshake.AgentName,
                    ["description"] = null,
                    ["agent_id"] = _handshake.AgentName,
                    ["thread_id"] = Ids.New("thread_"),
                };
            }

            return session;
        }

        private async Task HandleSessionUpdateAsync(JsonObject evt, string? eventId)
        {
            if (evt["session"] is not JsonObject update)
            {
                await SendErrorAsync("missing_required_parameter", "Missing required parameter: 'session'.", "session", eventId).ConfigureAwait(false);
                return;
            }

            SessionValidator.Failure? failure = _config.Update(update);
            if (failure is not null)
            {
                await SendErrorAsync(failure.Code, failure.Message, failure.Param, eventId).ConfigureAwait(false);
                return;
            }

            JsonObject updated = EmulatorJson.Event("session.updated");
            updated["session"] = _config.Snapshot();
            await SendEventAsync(updated).ConfigureAwait(false);
        }
    }
}
