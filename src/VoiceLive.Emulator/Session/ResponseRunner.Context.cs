using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace VoiceLive.Emulator
{
    /// <summary>A new response's settings and the responder's view of the session: the request's parameters over the session's.</summary>
    internal sealed partial class ResponseRunner
    {
        private ResponseRun CreateRun(JsonObject? parameters, string? additionalInstructions)
        {
            lock (_gate)
            {
                JsonNode? Pick(string name, string sessionName) => (parameters?[name] ?? Session[sessionName])?.DeepClone();
                JsonArray modalities = Pick("modalities", "modalities") as JsonArray ?? new JsonArray("text", "audio");
                string format = (string?)Pick("output_audio_format", "output_audio_format") ?? "pcm16";
                string instructions = ((string?)Pick("instructions", "instructions") ?? string.Empty)
                    + (string.IsNullOrEmpty(additionalInstructions) ? string.Empty : "\n" + additionalInstructions);
                string id = Ids.New("resp_");
                var response = new JsonObject
                {
                    ["id"] = id,
                    ["object"] = "realtime.response",
                    ["status"] = "in_progress",
                    ["status_details"] = null,
                    ["output"] = new JsonArray(),
                    ["usage"] = null,
                    ["conversation_id"] = string.Concat("conv_", _sessionId.AsSpan(5)),
                    ["voice"] = Pick("voice", "voice"),
                    ["modalities"] = modalities.DeepClone(),
                    ["output_audio_format"] = format,
                    ["temperature"] = Pick("temperature", "temperature"),
                    ["max_output_tokens"] = Pick("max_output_tokens", "max_response_output_tokens"),
                    ["metadata"] = parameters?["metadata"]?.DeepClone(),
                };
                return new ResponseRun(id, _lifetime)
                {
                    AudioOutput = modalities.Any(m => (string?)m == "audio"),
                    OutputAudioFormat = format,
                    Response = response,
                    Context = BuildContext(parameters, instructions),
                };
            }
        }

        /// <summary>Snapshot for the responder; the caller holds the lock.</summary>
        private EmulatorResponderContext BuildContext(JsonObject? parameters, string instructions)
        {
            IReadOnlyList<ConversationItem> items = _conversation.Items;
            string? lastUser = items.LastOrDefault(i => i.Role == "user")?.HeardText;
            var outputs = new List<EmulatorFunctionOutput>();
            for (int i = items.Count - 1; i >= 0 && items[i].Type == "function_call_output"; i--)
            {
                string? callId = GetString(items[i].Item, "call_id");
                string? name = items.LastOrDefault(c => c.Type == "function_call" && GetString(c.Item, "call_id") == callId) is ConversationItem call
                    ? GetString(call.Item, "name")
                    : null;
                outputs.Insert(0, new EmulatorFunctionOutput(callId, name, GetString(items[i].Item, "output")));
            }

            return new EmulatorResponderContext(
                (JsonObject)Session.DeepClone(),
                items.Select(i => (JsonObject)i.Item.DeepClone()).ToList(),
                lastUser,
                outputs.Count > 0 ? outputs[^1].Name : null,
                outputs.Count > 0 ? outputs[^1].Output : null,
                outputs,
                (parameters?["tools"] ?? Session["tools"])?.DeepClone() as JsonArray ?? new JsonArray(),
                (parameters?["tool_choice"] ?? Session["tool_choice"])?.DeepClone(),
                instructions,
                parameters?.DeepClone() as JsonObject);
        }
    }
}
