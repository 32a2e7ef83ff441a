using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VoiceLive.Protocol.Json
{
    /// <summary>
    /// Translates whole events between the dated api-versions' shape and the OpenAI GA Realtime shape of <c>v1</c>.
    /// The client side rewrites what it sends (<see cref="ClientToV1"/>) and reads either shape
    /// (<see cref="ServerFromV1"/>); the emulator, which compiles this file too, uses the other two directions.
    /// Only the few events whose payload differs are touched: audio and other high-rate frames never reach here.
    /// </summary>
    internal static class V1WireShape
    {
        /// <summary>The session type of a realtime (speech-to-speech) session.</summary>
        public const string RealtimeSession = "realtime";

        /// <summary>The session type of a transcription-only session.</summary>
        public const string TranscriptionSession = "transcription";

        private static readonly JsonDocumentOptions s_readOptions = new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = JsonLimits.MaxDepth };

        private static readonly JsonWriterOptions s_writerOptions = new JsonWriterOptions { SkipValidation = true };

        // Event names the dated versions use where v1 has the OpenAI GA name; the client reads both (aliases).
        private static readonly Dictionary<string, string> s_serverNamesToV1 = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["conversation.item.created"] = "conversation.item.added",
            ["response.audio.delta"] = "response.output_audio.delta",
            ["response.audio.done"] = "response.output_audio.done",
            ["response.audio_transcript.delta"] = "response.output_audio_transcript.delta",
            ["response.audio_transcript.done"] = "response.output_audio_transcript.done",
            ["response.text.delta"] = "response.output_text.delta",
            ["response.text.done"] = "response.output_text.done",
        };

        /// <summary>True for the api-version whose wire shape is the OpenAI GA one.</summary>
        public static bool IsV1(string? apiVersion) => string.Equals(apiVersion, "v1", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// A client frame of the flat shape in the <c>v1</c> shape, or null when this event type is the same in both.
        /// <paramref name="wireType"/> is the event type that goes on the wire (<c>transcription_session.update</c>
        /// becomes <c>session.update</c> with <c>session.type</c> <c>transcription</c>).
        /// </summary>
        public static byte[]? ClientToV1(ReadOnlySpan<byte> frame, string type, out string wireType)
        {
            wireType = type;
            if (type is not ("session.update" or "transcription_session.update" or "response.create" or "conversation.item.create" or "rtc.call.sdp.create"))
            {
                return null;
            }

            JsonObject evt = ParseObject(frame)
                ?? throw new InvalidOperationException(
                    $"The {type} event has a member twice (a property and an AdditionalProperties entry of the same name); api-version v1 cannot send it.");

            switch (type)
            {
                case "transcription_session.update":
                    wireType = "session.update";
                    evt["type"] = wireType;
                    NestSessionMember(evt, TranscriptionSession);
                    break;
                case "session.update":
                case "rtc.call.sdp.create":
                    NestSessionMember(evt, RealtimeSession);
                    break;
                case "response.create":
                    if (evt["response"] is JsonObject response)
                    {
                        evt["response"] = V1SessionShape.NestResponse(Detach(evt, "response", response));
                    }

                    break;
                default:
                    V1ContentShape.ToV1Item(evt["item"] as JsonObject);
                    break;
            }

            return Write(evt);
        }

        /// <summary>A cheap check before the parse: whether the frame has a member name only the nested shape uses.</summary>
        public static bool MayBeNested(ReadOnlySpan<byte> frame)
            => frame.IndexOf("\"output_modalities\""u8) >= 0 || frame.IndexOf("\"audio\":"u8) >= 0 || frame.IndexOf("\"reasoning\""u8) >= 0;

        /// <summary>
        /// A server frame whose session or response object is in the <c>v1</c> shape, in the flat shape the typed
        /// classes read; null when the frame is not one of those events or is flat already.
        /// </summary>
        public static byte[]? ServerFromV1(ReadOnlySpan<byte> frame, string type)
        {
            string member;
            switch (type)
            {
                case "session.created" or "session.updated":
                    member = "session";
                    break;
                case "response.created" or "response.done":
                    member = "response";
                    break;
                default:
                    return null;
            }

            if (!MayBeNested(frame))
            {
                return null;
            }

            if (ParseObject(frame) is not JsonObject evt
                || evt[member] is not JsonObject obj
                || !V1SessionShape.IsNested(obj))
            {
                return null;
            }

            JsonObject detached = Detach(evt, member, obj);
            evt[member] = member == "session" ? V1SessionShape.FlattenSession(detached) : V1SessionShape.FlattenResponse(detached);
            return Write(evt);
        }

        /// <summary>
        /// A client frame whose session or response object is in the <c>v1</c> shape, in the flat shape the typed
        /// classes read; null when it is not one of those events or is flat already. <c>session.type</c> is dropped.
        /// </summary>
        public static byte[]? ClientFromV1Frame(ReadOnlySpan<byte> frame, string type)
        {
            string member = type switch
            {
                "session.update" or "rtc.call.sdp.create" => "session",
                "response.create" => "response",
                _ => string.Empty,
            };
            // A session is checked whole: a v1 session with no audio member is marked only by its "type".
            if (member.Length == 0 || (member == "response" && !MayBeNested(frame)))
            {
                return null;
            }

            if (ParseObject(frame) is not JsonObject evt
                || evt[member] is not JsonObject obj
                || !(V1SessionShape.IsNested(obj) || obj.ContainsKey("type") && member == "session"))
            {
                return null;
            }

            ClientFromV1(evt, type == "rtc.call.sdp.create" ? "session.update" : type, out _);
            return Write(evt);
        }

        /// <summary>
        /// A client event of the <c>v1</c> shape as the flat shape, in place; returns the flat event type and whether the
        /// session it configures is a transcription session (null when the event does not say).
        /// </summary>
        public static string ClientFromV1(JsonObject evt, string type, out bool? transcription)
        {
            transcription = null;
            switch (type)
            {
                case "session.update" when evt["session"] is JsonObject session:
                    transcription = session["type"] is JsonValue t && t.TryGetValue(out string? sessionType)
                        ? sessionType == TranscriptionSession
                        : null;
                    evt["session"] = V1SessionShape.FlattenSession(Detach(evt, "session", session));
                    break;
                case "response.create" when evt["response"] is JsonObject response:
                    JsonObject flat = V1SessionShape.FlattenResponse(Detach(evt, "response", response));
                    foreach (string items in new[] { "input", "input_items", "append_input_items" })
                    {
                        if (flat[items] is JsonArray array)
                        {
                            foreach (JsonNode? item in array)
                            {
                                V1ContentShape.FromV1Item(item as JsonObject);
                            }
                        }
                    }

                    evt["response"] = flat;
                    break;
                case "conversation.item.create":
                    V1ContentShape.FromV1Item(evt["item"] as JsonObject);
                    break;
            }

            return type;
        }

        /// <summary>A server event of the flat shape in the <c>v1</c> shape, in place (GA event names, nested session and response, GA content types).</summary>
        public static void ServerToV1(JsonObject evt, string sessionType)
        {
            if (evt["type"] is not JsonValue typeValue || !typeValue.TryGetValue(out string? type))
            {
                return;
            }

            if (s_serverNamesToV1.TryGetValue(type, out string? renamed))
            {
                evt["type"] = renamed;
            }

            if (evt["session"] is JsonObject session)
            {
                evt["session"] = V1SessionShape.NestSession(Detach(evt, "session", session), sessionType);
            }

            if (evt["response"] is JsonObject response)
            {
                if (response["output"] is JsonArray output)
                {
                    V1ContentShape.ToV1Items(output);
                }

                evt["response"] = V1SessionShape.NestResponse(Detach(evt, "response", response));
            }

            V1ContentShape.ToV1Item(evt["item"] as JsonObject);
        }

        private static void NestSessionMember(JsonObject evt, string sessionType)
        {
            if (evt["session"] is JsonObject session)
            {
                evt["session"] = V1SessionShape.NestSession(Detach(evt, "session", session), sessionType);
            }
        }

        private static JsonObject Detach(JsonObject owner, string name, JsonObject value)
        {
            owner.Remove(name);
            return value;
        }

        /// <summary>
        /// The frame as a JSON tree, or null when an object repeats a member name: a tree cannot hold both, while the
        /// serializer reads such a frame (the last value wins), so it is left to the serializer.
        /// </summary>
        private static JsonObject? ParseObject(ReadOnlySpan<byte> frame)
        {
            try
            {
                JsonObject? evt = JsonNode.Parse(frame.ToArray(), documentOptions: s_readOptions) as JsonObject;
                Touch(evt);
                return evt;
            }
            catch (ArgumentException)
            {
                // Duplicate member names (JsonObject reports them as ArgumentException when it fills in).
                return null;
            }
        }

        /// <summary>Fills in the lazily built tree, so a repeated member name surfaces here.</summary>
        private static void Touch(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (KeyValuePair<string, JsonNode?> member in obj)
                    {
                        Touch(member.Value);
                    }

                    break;
                case JsonArray array:
                    foreach (JsonNode? item in array)
                    {
                        Touch(item);
                    }

                    break;
            }
        }

        private static byte[] Write(JsonObject evt)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
            {
                evt.WriteTo(writer);
            }

            return buffer.ToArray();
        }
    }
}
