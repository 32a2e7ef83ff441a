using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.AI;

namespace VoiceLive
{
    /// <summary>
    /// <see cref="CreateResponseRealtimeClientMessage"/> → <c>response.create</c>. Its per-response overrides map onto
    /// <see cref="ResponseCreateParams"/>: instructions, token limit, modalities, voice, output format, tools, tool mode,
    /// metadata (from <see cref="CreateResponseRealtimeClientMessage.AdditionalProperties"/>) and input items.
    /// </summary>
    internal static class ResponseCreateMapper
    {
        public static ClientEventResponseCreate ToClientEvent(CreateResponseRealtimeClientMessage message, Func<FunctionResultContent, string> outputOf)
        {
            if (message.ExcludeFromConversation == true)
            {
                throw new NotSupportedException(
                    "Voice Live has no out-of-band responses: ExcludeFromConversation cannot be honoured (the response would join the conversation).");
            }

            var parameters = new ResponseCreateParams();
            bool any = false;
            if (message.Instructions is not null)
            {
                parameters.Instructions = message.Instructions;
                any = true;
            }

            if (message.MaxOutputTokens is int maxTokens)
            {
                parameters.MaxOutputTokens = new MaxOutputTokens(maxTokens);
                any = true;
            }

            if (message.OutputModalities is { } modalities)
            {
                var list = new List<Modality>();
                foreach (string modality in modalities)
                {
                    list.Add(new Modality(modality));
                }

                parameters.Modalities = list;
                any = true;
            }

            if (message.OutputVoice is not null)
            {
                parameters.Voice = VoiceMapper.ToVoice(message.OutputVoice);
                any = true;
            }

            if (message.OutputAudioOptions is not null)
            {
                parameters.OutputAudioFormat = AudioFormatMapper.ToOutputFormat(message.OutputAudioOptions);
                any = true;
            }

            if (message.Tools is { } tools)
            {
                var list = new List<Tool>();
                ToolMapper.AddTools(list, tools);
                parameters.Tools = list;
                any = true;
            }

            if (message.ToolMode is not null)
            {
                parameters.ToolChoice = ToolMapper.ToToolChoiceString(message.ToolMode);
                any = true;
            }

            if (message.AdditionalProperties is { Count: > 0 } properties)
            {
                foreach (KeyValuePair<string, object?> property in properties)
                {
                    parameters.Metadata[property.Key] = Convert.ToString(property.Value, CultureInfo.InvariantCulture) ?? string.Empty;
                }

                any = true;
            }

            if (message.Items is { } items)
            {
                var list = new List<ConversationRequestItem>();
                foreach (RealtimeConversationItem item in items)
                {
                    list.AddRange(ConversationItemMapper.ToRequestItems(item, outputOf));
                }

                parameters.InputItems = list;
                any = true;
            }

            return new ClientEventResponseCreate { Response = any ? parameters : null, EventId = message.MessageId };
        }
    }
}
