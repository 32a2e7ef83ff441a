using VoiceLive.Agents;

namespace VoiceLive.Resilience
{
    /// <summary>
    /// Turns a tracked item into the <c>conversation.item.create</c> item that recreates it in a new session: messages as
    /// text (audio as its transcript), function calls with their arguments, function outputs. The id is kept, so later
    /// references (a function output sent after the resume, <c>previous_item_id</c>) still match.
    /// </summary>
    internal static class ConversationReplay
    {
        /// <summary>The request item, or null when the item cannot be recreated (audio without a transcript, other kinds).</summary>
        public static ConversationRequestItem? ToRequestItem(ItemState item)
        {
            ConversationRequestItem? request = item.Type.ToString() switch
            {
                "message" => Message(item),
                "function_call" when item.CallId is not null && item.Name is not null
                    => new FunctionCallItem(item.Name, item.CallId, item.Arguments?.ToString() ?? "{}"),
                "function_call_output" when item.CallId is not null && item.Output is not null
                    => new FunctionCallOutputItem(item.CallId, item.Output),
                _ => null,
            };

            if (request is not null)
            {
                request.Id = item.Id;
            }

            return request;
        }

        private static ConversationRequestItem? Message(ItemState item)
        {
            // Server-side audio cannot be sent back: the words stand for it. A truncated reply keeps only what was heard.
            string? text = item.Text is { Length: > 0 } written ? written.ToString() : item.Transcript?.ToString();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            string role = item.Role?.ToString() ?? string.Empty;
            return role switch
            {
                "user" => new UserMessageItem(text!),
                "assistant" => new AssistantMessageItem(text!),
                "system" => new SystemMessageItem(text!),
                _ => null,
            };
        }
    }
}
