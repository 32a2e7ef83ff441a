using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace VoiceLive.Emulator
{
    /// <summary>The <c>usage</c> object of <c>response.done</c>.</summary>
    internal static class ResponseUsage
    {
        /// <summary>Token counts in the service's shape; rough but deterministic (4 characters or 50 ms of audio per token).</summary>
        public static JsonObject Compute(IEnumerable<ConversationItem> conversation, ResponseRun run)
        {
            int inputText = 0;
            int inputAudio = 0;
            foreach (ConversationItem item in conversation.Where(i => !run.Output.Contains(i)))
            {
                int audioMs = item.Role == "user" ? item.AudioMs : 0;
                inputAudio += audioMs / 50;
                inputText += audioMs == 0 ? ((item.HeardText ?? (string?)item.Item["output"] ?? (string?)item.Item["arguments"] ?? string.Empty).Length + 3) / 4 : 0;
            }

            int input = inputText + inputAudio;
            int output = run.OutputTextTokens + run.OutputAudioTokens;
            return new JsonObject
            {
                ["total_tokens"] = input + output,
                ["input_tokens"] = input,
                ["output_tokens"] = output,
                ["input_token_details"] = new JsonObject
                {
                    ["cached_tokens"] = 0,
                    ["text_tokens"] = inputText,
                    ["audio_tokens"] = inputAudio,
                    ["image_tokens"] = 0,
                    ["cached_tokens_details"] = new JsonObject { ["text_tokens"] = 0, ["audio_tokens"] = 0, ["image_tokens"] = 0 },
                },
                ["output_token_details"] = new JsonObject
                {
                    ["text_tokens"] = run.OutputTextTokens,
                    ["audio_tokens"] = run.OutputAudioTokens,
                    ["reasoning_tokens"] = 0,
                },
            };
        }
    }
}
