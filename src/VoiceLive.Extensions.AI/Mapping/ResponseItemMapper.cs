using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace VoiceLive
{
    /// <summary>
    /// A Voice Live item (<see cref="ResponseItem"/>, as the service reports it in output items and
    /// <c>conversation.item.created</c>) → a MEAI <see cref="RealtimeConversationItem"/>. A function call becomes a
    /// <see cref="FunctionCallContent"/> with its arguments parsed (what function invocation middleware invokes), an output a
    /// <see cref="FunctionResultContent"/>, message parts text, audio or image contents. Items MEAI has no content for (MCP
    /// calls, searches, agent calls) keep the item as a content's <see cref="AIContent.RawRepresentation"/>.
    /// </summary>
    internal static class ResponseItemMapper
    {
        public static RealtimeConversationItem? ToItem(ResponseItem? item, OutputAudioFormat? audioFormat)
        {
            if (item is null)
            {
                return null;
            }

            var contents = new List<AIContent>();
            ChatRole? role = null;
            switch (item)
            {
                case ResponseMessageItem message:
                    role = message.Role is MessageRole r ? new ChatRole(r.ToString()) : null;
                    foreach (ContentPart part in message.Content)
                    {
                        AddPart(contents, part, audioFormat);
                    }

                    break;
                case ResponseFunctionCallItem call:
                    contents.Add(ToFunctionCall(call));
                    break;
                case ResponseFunctionCallOutputItem output:
                    contents.Add(new FunctionResultContent(output.CallId, output.Output) { RawRepresentation = output });
                    break;
                default:
                    contents.Add(new AIContent { RawRepresentation = item });
                    break;
            }

            return new RealtimeConversationItem(contents, item.Id, role) { RawRepresentation = item };
        }

        /// <summary>The call with its arguments parsed; arguments that are not a JSON object leave the call without arguments and its <see cref="FunctionCallContent.Exception"/> set.</summary>
        public static FunctionCallContent ToFunctionCall(ResponseFunctionCallItem call)
        {
            FunctionCallContent content = string.IsNullOrWhiteSpace(call.Arguments)
                ? new FunctionCallContent(call.CallId, call.Name)
                : FunctionCallContent.CreateFromParsedArguments(call.Arguments, call.CallId, call.Name, ParseArguments);
            content.RawRepresentation = call;
            return content;
        }

        private static void AddPart(List<AIContent> contents, ContentPart part, OutputAudioFormat? audioFormat)
        {
            switch (part)
            {
                case ResponseTextContentPart text:
                    contents.Add(new TextContent(text.Text ?? string.Empty) { RawRepresentation = part });
                    break;
                case RequestTextContentPart text:
                    contents.Add(new TextContent(text.Text ?? string.Empty) { RawRepresentation = part });
                    break;
                case ResponseAudioContentPart audio:
                    AddAudio(contents, part, audio.Audio, audio.Transcript, audioFormat);
                    break;
                case RequestAudioContentPart audio:
                    AddAudio(contents, part, audio.Audio, audio.Transcript, audioFormat: null);
                    break;
                case RequestImageContentPart { ImageUrl: { Length: > 0 } url }:
                    contents.Add(url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                        ? new DataContent(url) { RawRepresentation = part }
                        : new UriContent(url, "image/*") { RawRepresentation = part });
                    break;
                default:
                    contents.Add(new AIContent { RawRepresentation = part });
                    break;
            }
        }

        private static void AddAudio(List<AIContent> contents, ContentPart part, ReadOnlyMemory<byte>? audio, string? transcript, OutputAudioFormat? audioFormat)
        {
            if (audio is { Length: > 0 } bytes)
            {
                contents.Add(new DataContent(bytes, AudioFormatMapper.MediaTypeOf(audioFormat)) { RawRepresentation = part });
            }

            // The transcript is what the audio said: the text of the message as MEAI reads it.
            if (transcript is not null)
            {
                contents.Add(new TextContent(transcript) { RawRepresentation = part });
            }
        }

        private static IDictionary<string, object?> ParseArguments(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"Function call arguments must be a JSON object, not {document.RootElement.ValueKind}.");
            }

            var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                arguments[property.Name] = property.Value.Clone();
            }

            return arguments;
        }
    }
}
