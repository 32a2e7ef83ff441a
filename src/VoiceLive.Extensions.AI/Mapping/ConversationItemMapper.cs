using System;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace VoiceLive
{
    /// <summary>
    /// A MEAI <see cref="RealtimeConversationItem"/> → the Voice Live items of <c>conversation.item.create</c>. Voice Live
    /// keeps function calls and their outputs as items of their own, so each <see cref="FunctionCallContent"/> and
    /// <see cref="FunctionResultContent"/> becomes one item; the other contents form one message item of the item's role
    /// (user when none is given). An item whose <see cref="RealtimeConversationItem.RawRepresentation"/> is a
    /// <see cref="ConversationRequestItem"/> is sent as it is.
    /// </summary>
    internal static class ConversationItemMapper
    {
        public static List<ConversationRequestItem> ToRequestItems(RealtimeConversationItem item, Func<FunctionResultContent, string> outputOf)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(item));
            }

            if (item.RawRepresentation is ConversationRequestItem raw)
            {
                return new List<ConversationRequestItem> { raw };
            }

            var items = new List<ConversationRequestItem>();
            var parts = new List<MessageContentPart>();
            ChatRole role = item.Role ?? ChatRole.User;
            foreach (AIContent content in item.Contents ?? Array.Empty<AIContent>())
            {
                switch (content)
                {
                    case FunctionResultContent result:
                        items.Add(new FunctionCallOutputItem(result.CallId, outputOf(result)));
                        break;
                    case FunctionCallContent call:
                        items.Add(new FunctionCallItem(call.Name, call.CallId, SerializeArguments(call.Arguments)));
                        break;
                    default:
                        parts.Add(ToPart(content, role, nameof(item)));
                        break;
                }
            }

            if (parts.Count > 0)
            {
                items.Insert(0, CreateMessage(role, parts, nameof(item)));
            }

            if (items.Count == 0)
            {
                throw new ArgumentException("The conversation item has no content to send.", nameof(item));
            }

            if (item.Id is not null)
            {
                // The id names the message, or the single item the contents made.
                items[0].Id = item.Id;
            }

            return items;
        }

        private static MessageItem CreateMessage(ChatRole role, List<MessageContentPart> parts, string paramName)
        {
            if (role == ChatRole.User)
            {
                return new UserMessageItem(parts);
            }

            if (role == ChatRole.System)
            {
                return new SystemMessageItem(parts);
            }

            if (role == ChatRole.Assistant)
            {
                return new AssistantMessageItem(parts);
            }

            throw new ArgumentException($"Voice Live messages are user, system or assistant messages; the role '{role}' cannot be sent.", paramName);
        }

        private static MessageContentPart ToPart(AIContent content, ChatRole role, string paramName)
        {
            if (content.RawRepresentation is MessageContentPart raw)
            {
                return raw;
            }

            bool assistant = role == ChatRole.Assistant;
            switch (content)
            {
                case TextContent text:
                    return assistant ? new OutputTextContentPart(text.Text ?? string.Empty) : new InputTextContentPart(text.Text ?? string.Empty);
                case DataContent data when role == ChatRole.User && data.HasTopLevelMediaType("audio"):
                    // Protocol: input_audio is audio in the session's input format, base64 on the wire.
                    return new InputAudioContentPart(data.Data);
                case DataContent data when role == ChatRole.User && data.HasTopLevelMediaType("image"):
                    return new InputImageContentPart(data.Uri);
                case UriContent uri when role == ChatRole.User && uri.HasTopLevelMediaType("image"):
                    return new InputImageContentPart(uri.Uri.ToString());
                default:
                    throw new ArgumentException(
                        $"A {content.GetType().Name} cannot be sent in a Voice Live {role} message: user messages take text, audio and images, "
                        + "system and assistant messages take text. Send other content as a ClientEvent in RawRepresentation.",
                        paramName);
            }
        }

        private static string SerializeArguments(IDictionary<string, object?>? arguments)
        {
            return arguments is null
                ? "{}"
                : JsonSerializer.Serialize(arguments, ProviderJson.Options.GetTypeInfo(typeof(IDictionary<string, object?>)));
        }
    }
}
