using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// Checks a <c>session.update</c> field by field the way the service does (wrong enum value, out-of-range number,
    /// wrong JSON type) and merges it into the session. The first failure names the field as <c>session.&lt;field&gt;</c>.
    /// </summary>
    internal static class SessionValidator
    {
        internal sealed record Failure(string Code, string Message, string Param);

        private static readonly string[] Modalities = { "text", "audio", "animation", "avatar" };
        private static readonly string[] InputFormats = { "pcm16", "g711_ulaw", "g711_alaw" };
        private static readonly string[] OutputFormats = { "pcm16", "pcm16_8000hz", "pcm16_16000hz", "g711_ulaw", "g711_alaw" };
        private static readonly int[] SamplingRates = { 8000, 16000, 24000 };
        private static readonly string[] TurnDetectionTypes = { "server_vad", "azure_semantic_vad", "azure_semantic_vad_en", "azure_semantic_vad_multilingual", "semantic_vad" };
        private static readonly string[] VoiceTypes = { "openai", "azure-standard", "azure-custom", "azure-personal", "avatar-voice-sync", "azure-realtime-native" };
        private static readonly string[] OpenAiVoices = { "alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar" };
        private static readonly string[] ToolChoices = { "auto", "none", "required" };
        private static readonly HashSet<string> ReadOnlyFields = new() { "id", "object", "expires_at", "agent" };

        public static JsonObject DefaultTurnDetection(string type)
        {
            var vad = new JsonObject
            {
                ["type"] = type,
                ["threshold"] = 0.5,
                ["prefix_padding_ms"] = 300,
                ["silence_duration_ms"] = 500,
                ["create_response"] = true,
                ["interrupt_response"] = true,
                ["auto_truncate"] = false,
            };
            if (type.StartsWith("azure_semantic_vad", StringComparison.Ordinal))
            {
                vad["remove_filler_words"] = false;
            }

            return vad;
        }

        public static Failure? Merge(JsonObject session, JsonObject update)
        {
            foreach (var (name, value) in update.ToList())
            {
                if (ReadOnlyFields.Contains(name))
                {
                    continue;
                }

                Failure? failure = Check(session, name, value);
                if (failure is not null)
                {
                    return failure;
                }

                if (name == "turn_detection" && value is JsonObject vad)
                {
                    string type = (string)vad["type"]!;
                    JsonObject merged = session["turn_detection"] is JsonObject current && (string?)current["type"] == type
                        ? (JsonObject)current.DeepClone()
                        : DefaultTurnDetection(type);
                    foreach (var (key, field) in vad)
                    {
                        merged[key] = field?.DeepClone();
                    }

                    session[name] = merged;
                }
                else
                {
                    session[name] = value?.DeepClone();
                }
            }

            string format = (string?)session["input_audio_format"] ?? "pcm16";
            if (format != "pcm16")
            {
                // Protocol: G.711 is 8 kHz; the sampling rate only applies to pcm16.
                if (update["input_audio_sampling_rate"] is JsonValue rate && (int)rate != 8000)
                {
                    return Invalid("input_audio_sampling_rate", $"{format} input is 8000 Hz; input_audio_sampling_rate {rate} is not supported with it.");
                }

                session["input_audio_sampling_rate"] = 8000;
            }

            return null;
        }

        private static Failure? Check(JsonObject session, string name, JsonNode? value)
        {
            switch (name)
            {
                case "modalities":
                    return value is JsonArray items && items.Count > 0 && items.All(m => IsOneOf(m, Modalities))
                        ? null
                        : Invalid(name, $"Invalid modalities; supported values are: {string.Join(", ", Modalities)}.");
                case "input_audio_format":
                    return IsOneOf(value, InputFormats) ? null : Invalid(name, $"Invalid value: {Show(value)}. Supported values are: {string.Join(", ", InputFormats)}.");
                case "output_audio_format":
                    return IsOneOf(value, OutputFormats) ? null : Invalid(name, $"Invalid value: {Show(value)}. Supported values are: {string.Join(", ", OutputFormats)}.");
                case "input_audio_sampling_rate":
                    return value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out int rate) && SamplingRates.Contains(rate)
                        ? null
                        : Invalid(name, $"Invalid value: {Show(value)}. Supported values are: 8000, 16000, 24000.");
                case "temperature":
                    string model = (string?)session["model"] ?? string.Empty;
                    (double min, double max) = model.StartsWith("gpt-realtime", StringComparison.OrdinalIgnoreCase) || model.StartsWith("gpt-4o", StringComparison.OrdinalIgnoreCase)
                        ? (0.6, 1.2)
                        : (0.0, 2.0);
                    return Number(value) is double t && t >= min && t <= max
                        ? null
                        : Invalid(name, $"Invalid value: {Show(value)}. temperature must be between {min} and {max} for model '{model}'.");
                case "max_response_output_tokens":
                    return (value is JsonValue inf && inf.TryGetValue(out string? s) && s == "inf") || (Number(value) is double n && n >= 1 && n <= 4096 && n == Math.Floor(n))
                        ? null
                        : Invalid(name, $"Invalid value: {Show(value)}. Use an integer from 1 to 4096 or \"inf\".");
                case "instructions":
                    return value is JsonValue i && i.GetValueKind() == JsonValueKind.String ? null : Type(name, "a string");
                case "voice":
                    return CheckVoice(value);
                case "turn_detection":
                    return CheckTurnDetection(value);
                case "input_audio_transcription":
                    return value is null || (value is JsonObject transcription && transcription["model"] is JsonValue m && !string.IsNullOrEmpty((string?)m))
                        ? null
                        : Invalid(name + ".model", "input_audio_transcription needs a non-empty 'model' (e.g. azure-speech, whisper-1).");
                case "tools":
                    return CheckTools(value);
                case "tool_choice":
                    return value switch
                    {
                        JsonValue c when c.TryGetValue(out string? choice) && !string.IsNullOrEmpty(choice) => null,
                        JsonObject o when (string?)o["type"] == "function" && o["name"] is JsonValue => null,
                        _ => Invalid(name, $"Invalid value: {Show(value)}. Use {string.Join(", ", ToolChoices)} or {{\"type\":\"function\",\"name\":...}}."),
                    };
                default:
                    // Be liberal: fields the emulator does not model are kept and echoed back.
                    return null;
            }
        }

        private static string UnknownOpenAiVoice(string? name)
        {
            return $"Invalid voice name '{name}'. Supported OpenAI voices are: {string.Join(", ", OpenAiVoices)}.";
        }

        private static Failure? CheckVoice(JsonNode? value)
        {
            if (value is JsonValue plain && plain.TryGetValue(out string? voiceName))
            {
                return OpenAiVoices.Contains(voiceName) ? null : Invalid("voice", UnknownOpenAiVoice(voiceName));
            }

            if (value is not JsonObject voice)
            {
                return Type("voice", "a voice object or an OpenAI voice name");
            }

            string? type = (string?)voice["type"];
            if (!IsOneOf(voice["type"], VoiceTypes))
            {
                return Invalid("voice.type", $"Invalid value: {Show(voice["type"])}. Supported values are: {string.Join(", ", VoiceTypes)}.");
            }

            if (type != "avatar-voice-sync" && string.IsNullOrEmpty(voice["name"] is JsonValue n && n.TryGetValue(out string? name) ? name : null))
            {
                return Invalid("voice.name", "The voice needs a non-empty 'name'.");
            }

            if (type == "openai" && !OpenAiVoices.Contains((string?)voice["name"]))
            {
                // Protocol: the object form of an OpenAI voice is checked against the same names as the string form.
                return Invalid("voice.name", UnknownOpenAiVoice((string?)voice["name"]));
            }

            if (type == "azure-custom" && string.IsNullOrEmpty(voice["endpoint_id"] is JsonValue e && e.TryGetValue(out string? endpoint) ? endpoint : null))
            {
                return Invalid("voice.endpoint_id", "An azure-custom voice needs a non-empty 'endpoint_id'.");
            }

            if (voice.ContainsKey("temperature") && !(Number(voice["temperature"]) is double t && t >= 0 && t <= 1))
            {
                return Invalid("voice.temperature", "voice.temperature must be between 0.0 and 1.0.");
            }

            return null;
        }

        private static Failure? CheckTurnDetection(JsonNode? value)
        {
            if (value is null)
            {
                return null;
            }

            if (value is not JsonObject vad)
            {
                return Type("turn_detection", "an object or null");
            }

            if (!IsOneOf(vad["type"], TurnDetectionTypes))
            {
                return Invalid("turn_detection.type", $"Invalid value: {Show(vad["type"])}. Supported values are: {string.Join(", ", TurnDetectionTypes)}.");
            }

            if (vad.ContainsKey("threshold") && !(Number(vad["threshold"]) is double t && t >= 0 && t <= 1))
            {
                return Invalid("turn_detection.threshold", "turn_detection.threshold must be between 0.0 and 1.0.");
            }

            foreach (string field in new[] { "prefix_padding_ms", "silence_duration_ms", "speech_duration_ms" })
            {
                if (vad.ContainsKey(field) && !(Number(vad[field]) is double ms && ms >= 0 && ms <= 10000 && ms == Math.Floor(ms)))
                {
                    return Invalid("turn_detection." + field, $"turn_detection.{field} must be an integer from 0 to 10000.");
                }
            }

            return null;
        }

        private static Failure? CheckTools(JsonNode? value)
        {
            if (value is not JsonArray tools)
            {
                return Type("tools", "an array");
            }

            for (int i = 0; i < tools.Count; i++)
            {
                string? type = tools[i] is JsonObject tool ? (string?)tool["type"] : null;
                bool ok = type switch
                {
                    "function" => tools[i]!["name"] is JsonValue n && !string.IsNullOrEmpty((string?)n),
                    "mcp" => tools[i]!["server_label"] is JsonValue && tools[i]!["server_url"] is JsonValue,
                    _ => false,
                };
                if (!ok)
                {
                    return Invalid($"tools[{i}]", $"Invalid tool at index {i}: a function tool needs 'name'; an mcp tool needs 'server_label' and 'server_url'.");
                }
            }

            return null;
        }

        private static bool IsOneOf(JsonNode? value, string[] allowed)
        {
            return value is JsonValue v && v.TryGetValue(out string? s) && allowed.Contains(s);
        }

        private static double? Number(JsonNode? value)
        {
            return value is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<double>() : null;
        }

        private static string Show(JsonNode? value)
        {
            return value?.ToJsonString() ?? "null";
        }

        private static Failure Invalid(string field, string message)
        {
            return new Failure("invalid_value", message, "session." + field);
        }

        private static Failure Type(string field, string expected)
        {
            return new Failure("invalid_type", $"Invalid type for 'session.{field}': expected {expected}.", "session." + field);
        }
    }
}
