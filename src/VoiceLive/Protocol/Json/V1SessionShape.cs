using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace VoiceLive.Protocol.Json
{
    /// <summary>
    /// Moves the members of a session, response or response.create object between the flat shape of the dated
    /// api-versions and the nested OpenAI GA Realtime shape of <c>v1</c> (<c>audio.input</c>/<c>audio.output</c>,
    /// <c>output_modalities</c>, <c>reasoning.effort</c>, audio formats as objects). Pure functions over JSON trees, so
    /// the public model stays one set of classes and the emulator, which compiles this file too, speaks both shapes
    /// with the same mapping.
    /// </summary>
    internal static class V1SessionShape
    {
        private const string InputPrefix = "input_audio_";
        private const string OutputPrefix = "output_audio_";

        // Flat members whose nested name is not the flat name without its prefix.
        private static readonly Dictionary<string, string> s_inputNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["turn_detection"] = "turn_detection",
            ["input_audio_transcription"] = "transcription",
            ["input_audio_noise_reduction"] = "noise_reduction",
            ["input_audio_echo_cancellation"] = "echo_cancellation",
        };

        private static readonly Dictionary<string, string> s_outputNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["voice"] = "voice",
        };

        /// <summary>A flat session object in the nested <c>v1</c> shape; <paramref name="sessionType"/> fills <c>type</c> unless it is set.</summary>
        public static JsonObject NestSession(JsonObject flat, string? sessionType)
        {
            var nested = new JsonObject();
            if (sessionType is not null && !flat.ContainsKey("type"))
            {
                nested["type"] = sessionType;
            }

            JsonObject? input = null;
            JsonObject? output = null;
            int? inputRate = flat["input_audio_sampling_rate"] is JsonValue rate && rate.TryGetValue(out int r) ? r : null;
            foreach (KeyValuePair<string, JsonNode?> member in Members(flat))
            {
                string name = member.Key;
                JsonNode? value = member.Value;
                switch (name)
                {
                    case "modalities":
                        nested["output_modalities"] = value;
                        break;
                    case "max_response_output_tokens":
                        nested["max_output_tokens"] = value;
                        break;
                    case "reasoning_effort":
                        nested["reasoning"] = new JsonObject { ["effort"] = value };
                        break;
                    case "input_audio_format":
                        (input ??= new JsonObject())["format"] = InputFormatToV1(value, inputRate);
                        break;
                    case "output_audio_format":
                        (output ??= new JsonObject())["format"] = OutputFormatToV1(value);
                        break;
                    case "output_audio_timestamp_types":
                        (output ??= new JsonObject())["timestamp_types"] = value;
                        break;
                    default:
                        if (s_inputNames.TryGetValue(name, out string? inputName))
                        {
                            (input ??= new JsonObject())[inputName] = value;
                        }
                        else if (s_outputNames.TryGetValue(name, out string? outputName))
                        {
                            (output ??= new JsonObject())[outputName] = value;
                        }
                        else if (name.StartsWith(InputPrefix, StringComparison.Ordinal))
                        {
                            (input ??= new JsonObject())[name.Substring(InputPrefix.Length)] = value;
                        }
                        else if (name.StartsWith(OutputPrefix, StringComparison.Ordinal))
                        {
                            (output ??= new JsonObject())[name.Substring(OutputPrefix.Length)] = value;
                        }
                        else
                        {
                            nested[name] = value;
                        }

                        break;
                }
            }

            AttachAudio(nested, input, output);
            return nested;
        }

        /// <summary>A session object in the nested <c>v1</c> shape as the flat shape; a flat object comes back unchanged. <c>type</c> is dropped.</summary>
        public static JsonObject FlattenSession(JsonObject nested)
        {
            var flat = new JsonObject();
            foreach (KeyValuePair<string, JsonNode?> member in Members(nested))
            {
                string name = member.Key;
                JsonNode? value = member.Value;
                switch (name)
                {
                    case "type":
                        // realtime | transcription: the flat shape tells them apart by the event, not by a member.
                        break;
                    case "output_modalities":
                        flat["modalities"] = value;
                        break;
                    case "max_output_tokens":
                        flat["max_response_output_tokens"] = value;
                        break;
                    case "reasoning":
                        FlattenReasoning(flat, value);
                        break;
                    case "audio" when value is JsonObject audio:
                        FlattenInput(flat, audio["input"] as JsonObject);
                        FlattenOutput(flat, audio["output"] as JsonObject, "output_audio_format");
                        break;
                    default:
                        flat[name] = value;
                        break;
                }
            }

            return flat;
        }

        /// <summary>A flat response or response.create object (<c>modalities</c>, <c>voice</c>, <c>output_audio_format</c>, <c>reasoning_effort</c>) in the <c>v1</c> shape.</summary>
        public static JsonObject NestResponse(JsonObject flat)
        {
            var nested = new JsonObject();
            JsonObject? output = null;
            foreach (KeyValuePair<string, JsonNode?> member in Members(flat))
            {
                switch (member.Key)
                {
                    case "modalities":
                        nested["output_modalities"] = member.Value;
                        break;
                    case "reasoning_effort":
                        nested["reasoning"] = new JsonObject { ["effort"] = member.Value };
                        break;
                    case "voice":
                        (output ??= new JsonObject())["voice"] = member.Value;
                        break;
                    case "output_audio_format":
                        (output ??= new JsonObject())["format"] = OutputFormatToV1(member.Value);
                        break;
                    case "input" or "input_items" or "append_input_items" when member.Value is JsonArray items:
                        V1ContentShape.ToV1Items(items);
                        nested[member.Key] = items;
                        break;
                    default:
                        nested[member.Key] = member.Value;
                        break;
                }
            }

            AttachAudio(nested, null, output);
            return nested;
        }

        /// <summary>A response or response.create object in the <c>v1</c> shape as the flat shape.</summary>
        public static JsonObject FlattenResponse(JsonObject nested)
        {
            var flat = new JsonObject();
            foreach (KeyValuePair<string, JsonNode?> member in Members(nested))
            {
                switch (member.Key)
                {
                    case "output_modalities":
                        flat["modalities"] = member.Value;
                        break;
                    case "reasoning":
                        FlattenReasoning(flat, member.Value);
                        break;
                    case "audio" when member.Value is JsonObject audio:
                        FlattenOutput(flat, audio["output"] as JsonObject, "output_audio_format");
                        break;
                    default:
                        flat[member.Key] = member.Value;
                        break;
                }
            }

            return flat;
        }

        /// <summary>True when the object has a member only the <c>v1</c> shape has.</summary>
        public static bool IsNested(JsonObject obj)
            => obj["audio"] is JsonObject || obj.ContainsKey("output_modalities") || obj["reasoning"] is JsonObject;

        /// <summary>An input format string of the flat shape as a <c>v1</c> format object.</summary>
        internal static JsonNode? InputFormatToV1(JsonNode? value, int? rate)
            => value is JsonValue v && v.TryGetValue(out string? format)
                ? format switch
                {
                    "pcm16" => new JsonObject { ["type"] = "audio/pcm", ["rate"] = rate ?? 24000 },
                    "g711_ulaw" => new JsonObject { ["type"] = "audio/pcmu" },
                    "g711_alaw" => new JsonObject { ["type"] = "audio/pcma" },
                    _ => new JsonObject { ["type"] = format },
                }
                : value;

        /// <summary>An output format string of the flat shape (the rate is part of the name) as a <c>v1</c> format object.</summary>
        internal static JsonNode? OutputFormatToV1(JsonNode? value)
            => value is JsonValue v && v.TryGetValue(out string? format)
                ? format switch
                {
                    "pcm16" => new JsonObject { ["type"] = "audio/pcm", ["rate"] = 24000 },
                    "pcm16_8000hz" => new JsonObject { ["type"] = "audio/pcm", ["rate"] = 8000 },
                    "pcm16_16000hz" => new JsonObject { ["type"] = "audio/pcm", ["rate"] = 16000 },
                    "g711_ulaw" => new JsonObject { ["type"] = "audio/pcmu" },
                    "g711_alaw" => new JsonObject { ["type"] = "audio/pcma" },
                    _ => new JsonObject { ["type"] = format },
                }
                : value;

        /// <summary>A <c>v1</c> format (object, or the string form some builds send) as the flat format string and its rate.</summary>
        internal static (string? Format, int? Rate) FormatFromV1(JsonNode? value, bool output)
        {
            if (value is JsonValue text && text.TryGetValue(out string? s))
            {
                return (s, null);
            }

            if (value is not JsonObject obj || obj["type"] is not JsonValue typeValue || !typeValue.TryGetValue(out string? type))
            {
                return (null, null);
            }

            int? rate = obj["rate"] is JsonValue r && r.TryGetValue(out double d) ? (int)d : null;
            return type switch
            {
                "audio/pcm" when output => (rate switch { 8000 => "pcm16_8000hz", 16000 => "pcm16_16000hz", _ => "pcm16" }, null),
                "audio/pcm" => ("pcm16", rate),
                "audio/pcmu" => ("g711_ulaw", null),
                "audio/pcma" => ("g711_alaw", null),
                _ => (type, rate),
            };
        }

        private static void FlattenInput(JsonObject flat, JsonObject? input)
        {
            if (input is null)
            {
                return;
            }

            bool explicitRate = input.ContainsKey("sampling_rate");
            foreach (KeyValuePair<string, JsonNode?> member in Members(input))
            {
                switch (member.Key)
                {
                    case "format":
                        (string? format, int? rate) = FormatFromV1(member.Value, output: false);
                        flat["input_audio_format"] = format;
                        if (rate is int hz && hz != 24000 && !explicitRate)
                        {
                            flat["input_audio_sampling_rate"] = hz;
                        }

                        break;
                    case "turn_detection":
                        flat["turn_detection"] = member.Value;
                        break;
                    default:
                        flat[InputPrefix + member.Key] = member.Value;
                        break;
                }
            }
        }

        private static void FlattenOutput(JsonObject flat, JsonObject? output, string formatName)
        {
            if (output is null)
            {
                return;
            }

            foreach (KeyValuePair<string, JsonNode?> member in Members(output))
            {
                switch (member.Key)
                {
                    case "format":
                        flat[formatName] = FormatFromV1(member.Value, output: true).Format;
                        break;
                    case "voice":
                        flat["voice"] = member.Value;
                        break;
                    case "timestamp_types":
                        flat["output_audio_timestamp_types"] = member.Value;
                        break;
                    default:
                        flat[OutputPrefix + member.Key] = member.Value;
                        break;
                }
            }
        }

        private static void FlattenReasoning(JsonObject flat, JsonNode? value)
        {
            if (value is JsonObject reasoning)
            {
                flat["reasoning_effort"] = Detach(reasoning, "effort");
            }
            else
            {
                flat["reasoning"] = value;
            }
        }

        private static void AttachAudio(JsonObject nested, JsonObject? input, JsonObject? output)
        {
            if (input is null && output is null)
            {
                return;
            }

            var audio = nested["audio"] as JsonObject ?? new JsonObject();
            if (input is not null)
            {
                audio["input"] = input;
            }

            if (output is not null)
            {
                audio["output"] = output;
            }

            nested["audio"] = audio;
        }

        private static JsonNode? Detach(JsonObject owner, string name)
        {
            JsonNode? value = owner[name];
            owner.Remove(name);
            return value;
        }

        /// <summary>The object's members, each detached so it can be attached to the new object.</summary>
        private static List<KeyValuePair<string, JsonNode?>> Members(JsonObject obj)
        {
            var members = new List<KeyValuePair<string, JsonNode?>>(obj.Count);
            foreach (KeyValuePair<string, JsonNode?> member in obj)
            {
                members.Add(member);
            }

            obj.Clear();
            return members;
        }
    }
}
