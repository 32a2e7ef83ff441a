using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Tests
{
    /// <summary>Server events of a response as the service sends them, and a reader of what the client sent.</summary>
    internal static class AgentScript
    {
        public static string ResponseCreated(string responseId)
            => $$$"""{"type":"response.created","response":{"id":"{{{responseId}}}","object":"realtime.response","status":"in_progress","output":[]}}""";

        public static string ResponseDone(string responseId, string status = "completed", string output = "")
            => $$$$"""{"type":"response.done","response":{"id":"{{{{responseId}}}}","object":"realtime.response","status":"{{{{status}}}}","output":[{{{{output}}}}],"usage":{"total_tokens":10,"input_tokens":4,"output_tokens":6}}}""";

        public static string ArgumentsDone(string responseId, string callId, string name, string arguments, string? itemId = null)
            => new JsonObject
            {
                ["type"] = "response.function_call_arguments.done",
                ["response_id"] = responseId,
                ["item_id"] = itemId ?? "item_" + callId,
                ["output_index"] = 0,
                ["call_id"] = callId,
                ["name"] = name,
                ["arguments"] = arguments,
            }.ToJsonString();

        public static string SpeechStarted(string itemId = "item_user") => $$"""{"type":"input_audio_buffer.speech_started","audio_start_ms":100,"item_id":"{{itemId}}"}""";

        /// <summary>Reads events through the public API until <paramref name="stop"/> matches one.</summary>
        public static async Task<List<ServerEvent>> ReadUntilAsync(VoiceLiveConnection connection, Func<ServerEvent, bool> stop)
        {
            var events = new List<ServerEvent>();
            using var timeout = new CancellationTokenSource(TestTimeouts.Default);
            while (true)
            {
                ServerEvent? evt = await connection.ReceiveAsync(timeout.Token);
                if (evt is null)
                {
                    throw new InvalidOperationException("The stream ended.");
                }

                events.Add(evt);
                if (stop(evt))
                {
                    return events;
                }
            }
        }

        /// <summary>Waits for the next frame the client sent whose type matches, skipping others; fails loudly on timeout.</summary>
        public static async Task<JsonNode> NextSentAsync(ScriptedWebSocket socket, string type, List<JsonNode>? skipped = null)
        {
            using var timeout = new CancellationTokenSource(TestTimeouts.Default);
            try
            {
                while (true)
                {
                    string text = await socket.SentChannel.Reader.ReadAsync(timeout.Token);
                    JsonNode node = JsonNode.Parse(text)!;
                    if ((string?)node["type"] == type)
                    {
                        return node;
                    }

                    skipped?.Add(node);
                }
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"The client sent no {type} within {TestTimeouts.Default}.");
            }
        }

        /// <summary>Every frame sent so far of that type.</summary>
        public static List<JsonNode> Sent(ScriptedWebSocket socket, string type)
        {
            var frames = new List<JsonNode>();
            foreach (string text in socket.SentMessages)
            {
                JsonNode node = JsonNode.Parse(text)!;
                if ((string?)node["type"] == type)
                {
                    frames.Add(node);
                }
            }

            return frames;
        }

        public static string OutputOf(JsonNode itemCreate) => (string)itemCreate["item"]!["output"]!;

        public static string CallIdOf(JsonNode itemCreate) => (string)itemCreate["item"]!["call_id"]!;

        public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
    }
}
