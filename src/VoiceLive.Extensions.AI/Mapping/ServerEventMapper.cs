using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Microsoft.Extensions.AI;

namespace VoiceLive
{
    /// <summary>
    /// Every Voice Live server event → one MEAI <see cref="RealtimeServerMessage"/>. The events MEAI has a message type for
    /// get it (response lifecycle, output items, conversation items, text, audio, transcripts, input transcription,
    /// errors); every other event (session, speech started and stopped, buffer commits, content parts, argument deltas,
    /// truncations, rate limits, avatar, animation, MCP, …) is a <see cref="RealtimeServerMessageType.RawContentOnly"/>
    /// message. All of them carry the typed <see cref="ServerEvent"/> in <see cref="RealtimeServerMessage.RawRepresentation"/>
    /// and its <c>event_id</c> in <see cref="RealtimeServerMessage.MessageId"/>.
    /// </summary>
    /// <remarks>
    /// <c>conversation.item.created</c> is reported as <see cref="RealtimeServerMessageType.ConversationItemAdded"/>, never
    /// as an output item: function invocation middleware invokes every <see cref="RealtimeServerMessageType.ResponseOutputItemDone"/>
    /// that holds a call, and the service reports each call item both ways.
    /// </remarks>
    internal static class ServerEventMapper
    {
        public static RealtimeServerMessage ToMessage(ServerEvent serverEvent, OutputAudioFormat? audioFormat)
        {
            RealtimeServerMessage message = serverEvent switch
            {
                ServerEventResponseCreated created => ToResponse(RealtimeServerMessageType.ResponseCreated, created.Response, audioFormat),
                ServerEventResponseDone done => ToResponse(RealtimeServerMessageType.ResponseDone, done.Response, audioFormat),
                ServerEventResponseOutputItemAdded added => new ResponseOutputItemRealtimeServerMessage(RealtimeServerMessageType.ResponseOutputItemAdded)
                {
                    ResponseId = added.ResponseId,
                    OutputIndex = added.OutputIndex,
                    Item = ResponseItemMapper.ToItem(added.Item, audioFormat),
                },
                ServerEventResponseOutputItemDone itemDone => new ResponseOutputItemRealtimeServerMessage(RealtimeServerMessageType.ResponseOutputItemDone)
                {
                    ResponseId = itemDone.ResponseId,
                    OutputIndex = itemDone.OutputIndex,
                    Item = ResponseItemMapper.ToItem(itemDone.Item, audioFormat),
                },
                ServerEventConversationItemCreated itemCreated => new ResponseOutputItemRealtimeServerMessage(RealtimeServerMessageType.ConversationItemAdded)
                {
                    Item = ResponseItemMapper.ToItem(itemCreated.Item, audioFormat),
                },
                ServerEventResponseTextDelta text => Output(RealtimeServerMessageType.OutputTextDelta, text.ResponseId, text.ItemId, text.OutputIndex, text.ContentIndex, text.Delta),
                ServerEventResponseTextDone text => Output(RealtimeServerMessageType.OutputTextDone, text.ResponseId, text.ItemId, text.OutputIndex, text.ContentIndex, text.Text),
                ServerEventResponseAudioTranscriptDelta transcript => Output(RealtimeServerMessageType.OutputAudioTranscriptionDelta, transcript.ResponseId, transcript.ItemId, transcript.OutputIndex, transcript.ContentIndex, transcript.Delta),
                ServerEventResponseAudioTranscriptDone transcript => Output(RealtimeServerMessageType.OutputAudioTranscriptionDone, transcript.ResponseId, transcript.ItemId, transcript.OutputIndex, transcript.ContentIndex, transcript.Transcript),
                ServerEventResponseAudioDelta audio => new OutputTextAudioRealtimeServerMessage(RealtimeServerMessageType.OutputAudioDelta)
                {
                    ResponseId = audio.ResponseId,
                    ItemId = audio.ItemId,
                    OutputIndex = audio.OutputIndex,
                    ContentIndex = audio.ContentIndex,
                    Audio = ToBase64(audio.Delta),
                },
                ServerEventResponseAudioDone audio => Output(RealtimeServerMessageType.OutputAudioDone, audio.ResponseId, audio.ItemId, audio.OutputIndex, audio.ContentIndex, text: null),
                ServerEventConversationItemInputAudioTranscriptionDelta transcription => new InputAudioTranscriptionRealtimeServerMessage(RealtimeServerMessageType.InputAudioTranscriptionDelta)
                {
                    ItemId = transcription.ItemId,
                    ContentIndex = transcription.ContentIndex,
                    Transcription = transcription.Delta,
                },
                ServerEventConversationItemInputAudioTranscriptionCompleted transcription => new InputAudioTranscriptionRealtimeServerMessage(RealtimeServerMessageType.InputAudioTranscriptionCompleted)
                {
                    ItemId = transcription.ItemId,
                    ContentIndex = transcription.ContentIndex,
                    Transcription = transcription.Transcript,
                },
                ServerEventConversationItemInputAudioTranscriptionFailed failed => new InputAudioTranscriptionRealtimeServerMessage(RealtimeServerMessageType.InputAudioTranscriptionFailed)
                {
                    ItemId = failed.ItemId,
                    ContentIndex = failed.ContentIndex,
                    Error = new ErrorContent(failed.Error.Message) { ErrorCode = failed.Error.Code, Details = failed.Error.Param, RawRepresentation = failed.Error },
                },
                ServerEventError error => new ErrorRealtimeServerMessage
                {
                    Error = new ErrorContent(error.Error.Message) { ErrorCode = error.Error.Code, Details = error.Error.Param, RawRepresentation = error.Error },
                    OriginatingMessageId = error.Error.EventId,
                },
                _ => new RealtimeServerMessage { Type = RealtimeServerMessageType.RawContentOnly },
            };

            message.RawRepresentation = serverEvent;
            message.MessageId = serverEvent.EventId;
            return message;
        }

        private static OutputTextAudioRealtimeServerMessage Output(RealtimeServerMessageType type, string responseId, string itemId, int outputIndex, int contentIndex, string? text)
            => new OutputTextAudioRealtimeServerMessage(type)
            {
                ResponseId = responseId,
                ItemId = itemId,
                OutputIndex = outputIndex,
                ContentIndex = contentIndex,
                Text = text,
            };

        private static ResponseCreatedRealtimeServerMessage ToResponse(RealtimeServerMessageType type, VoiceLiveResponse response, OutputAudioFormat? sessionAudioFormat)
        {
            OutputAudioFormat? audioFormat = response.OutputAudioFormat ?? sessionAudioFormat;
            var message = new ResponseCreatedRealtimeServerMessage(type)
            {
                ResponseId = response.Id,
                Status = response.Status?.ToString(),
                MaxOutputTokens = response.MaxOutputTokens?.Value,
                OutputVoice = VoiceMapper.ToName(response.Voice),
                OutputAudioOptions = response.OutputAudioFormat is OutputAudioFormat format ? AudioFormatMapper.FromOutputFormat(format) : null,
                Usage = UsageMapper.ToUsage(response.Usage),
                Error = ToError(response.StatusDetails),
            };

            if (response.Modalities.Count > 0)
            {
                var modalities = new List<string>(response.Modalities.Count);
                foreach (Modality modality in response.Modalities)
                {
                    modalities.Add(modality.ToString());
                }

                message.OutputModalities = modalities;
            }

            if (response.Metadata.Count > 0)
            {
                var properties = new AdditionalPropertiesDictionary();
                foreach (KeyValuePair<string, string> pair in response.Metadata)
                {
                    properties[pair.Key] = pair.Value;
                }

                message.AdditionalProperties = properties;
            }

            if (response.Output.Count > 0)
            {
                var items = new List<RealtimeConversationItem>(response.Output.Count);
                foreach (ResponseItem item in response.Output)
                {
                    if (ResponseItemMapper.ToItem(item, audioFormat) is { } mapped)
                    {
                        items.Add(mapped);
                    }
                }

                message.Items = items;
            }

            return message;
        }

        private static ErrorContent? ToError(ResponseStatusDetails? details)
        {
            if (details is not ResponseFailedDetails failed)
            {
                return null;
            }

            return new ErrorContent(failed.Message ?? "The response failed.") { ErrorCode = failed.Code, RawRepresentation = failed };
        }

        private static string ToBase64(ReadOnlyMemory<byte> audio)
        {
            // MEAI carries audio as a base64 string: one copy per delta that the Voice Live event itself avoids.
            return MemoryMarshal.TryGetArray(audio, out ArraySegment<byte> segment)
                ? Convert.ToBase64String(segment.Array!, segment.Offset, segment.Count)
                : Convert.ToBase64String(audio.ToArray());
        }
    }
}
