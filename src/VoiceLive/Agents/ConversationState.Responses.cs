using System;
using System.Collections.Generic;

namespace VoiceLive.Agents
{
    internal sealed partial class ConversationState
    {
        private ResponseState? _active;
        private ResponseState? _last;

        public TrackedResponse? ActiveResponse => _active?.ToSnapshot();

        public TrackedResponse? LastResponse => _last?.ToSnapshot();

        private bool ApplyResponseEvent(ServerEvent serverEvent)
        {
            switch (serverEvent)
            {
                case ServerEventResponseCreated created:
                    _active = new ResponseState(created.Response?.Id ?? string.Empty) { Status = created.Response?.Status };
                    _last = _active;
                    return true;
                case ServerEventResponseOutputItemAdded added when added.Item?.Id is not null:
                    Upsert(added.Item, added.ResponseId);
                    ResponseNamed(added.ResponseId)?.AddOutput(added.Item.Id);
                    return true;
                case ServerEventResponseOutputItemDone done when done.Item?.Id is not null:
                    Upsert(done.Item, done.ResponseId);
                    return true;
                case ServerEventResponseContentPartAdded partAdded:
                    return Update(partAdded.ItemId, i => CopyPart(partAdded.Part, i));
                case ServerEventResponseContentPartDone partDone:
                    return Update(partDone.ItemId, i => CopyPart(partDone.Part, i));
                case ServerEventResponseTextDelta text:
                    // The deltas are the high-rate events: no closure on their path.
                    if (Find(text.ItemId) is not ItemState writing)
                    {
                        return false;
                    }

                    ItemState.Append(ref writing.Text, text.Delta);
                    return true;
                case ServerEventResponseTextDone textDone:
                    return Update(textDone.ItemId, i => ItemState.Set(ref i.Text, textDone.Text));
                case ServerEventResponseAudioTranscriptDelta transcript:
                    if (Find(transcript.ItemId) is not ItemState transcribing)
                    {
                        return false;
                    }

                    ItemState.Append(ref transcribing.Transcript, transcript.Delta);
                    return true;
                case ServerEventResponseAudioTranscriptDone transcriptDone:
                    return Update(transcriptDone.ItemId, i =>
                    {
                        if (!i.IsTruncated)
                        {
                            ItemState.Set(ref i.Transcript, transcriptDone.Transcript);
                        }
                    });
                case ServerEventResponseAudioDelta audio:
                    if (Find(audio.ItemId) is not ItemState speaking)
                    {
                        return false;
                    }

                    speaking.HasAudio = true;
                    speaking.AudioBytes += audio.Delta.Length;
                    if (!speaking.IsTruncated)
                    {
                        speaking.AudioDurationMs = (int)(speaking.AudioBytes * 1000 / _outputBytesPerSecond);
                    }

                    return true;
                case ServerEventResponseFunctionCallArgumentsDelta arguments:
                    return Update(arguments.ItemId, i => ItemState.Append(ref i.Arguments, arguments.Delta));
                case ServerEventResponseFunctionCallArgumentsDone argumentsDone:
                    return Update(argumentsDone.ItemId, i =>
                    {
                        ItemState.Set(ref i.Arguments, argumentsDone.Arguments);
                        i.CallId ??= argumentsDone.CallId;
                        i.Name ??= argumentsDone.Name;
                    });
                case ServerEventResponseDone done:
                    OnResponseDone(done.Response);
                    return true;
                case ConnectionInterruptedEvent:
                    return OnResponseCutByDrop();
                default:
                    return false;
            }
        }

        private void OnResponseDone(VoiceLiveResponse? response)
        {
            ResponseState state = ResponseNamed(response?.Id) ?? new ResponseState(response?.Id ?? string.Empty);
            state.Status = response?.Status;
            state.StatusDetails = response?.StatusDetails;
            state.Usage = response?.Usage;
            if (response is not null)
            {
                foreach (ResponseItem output in response.Output)
                {
                    if (output.Id is null)
                    {
                        continue;
                    }

                    // response.done carries every output item in its final form (status incomplete when cut short).
                    Upsert(output, response.Id);
                    state.AddOutput(output.Id);
                }
            }

            _last = state;
            if (ReferenceEquals(_active, state) || response?.Id is null)
            {
                _active = null;
            }
        }

        /// <summary>
        /// The connection dropped while a response ran: its session is gone, so no <c>response.done</c> will come. The
        /// response and its unfinished items are recorded as incomplete (a resumed session does not re-run it).
        /// </summary>
        private bool OnResponseCutByDrop()
        {
            if (_active is null)
            {
                return false;
            }

            foreach (string itemId in _active.OutputIds)
            {
                if (Find(itemId) is ItemState item && item.Status != ResponseItemStatus.Completed)
                {
                    item.Status = ResponseItemStatus.Incomplete;
                }
            }

            _active.Status = ResponseStatus.Incomplete;
            _active = null;
            return true;
        }

        private ResponseState? ResponseNamed(string? responseId)
        {
            if (_active is not null && (responseId is null || _active.Id == responseId || _active.Id.Length == 0))
            {
                return _active;
            }

            return _last is not null && _last.Id == responseId ? _last : null;
        }

        /// <summary>Copies what a full item carries (sent in created/added/done/retrieved) over the record of its deltas.</summary>
        private void CopyContent(ResponseItem item, ItemState state)
        {
            switch (item)
            {
                case ResponseMessageItem message:
                    state.Role = message.Role ?? state.Role;
                    state.Status = message.Status ?? state.Status;
                    foreach (ContentPart part in message.Content)
                    {
                        CopyPart(part, state);
                    }

                    break;
                case ResponseFunctionCallItem call:
                    state.Status = call.Status ?? state.Status;
                    state.CallId = string.IsNullOrEmpty(call.CallId) ? state.CallId : call.CallId;
                    state.Name = string.IsNullOrEmpty(call.Name) ? state.Name : call.Name;
                    if (!string.IsNullOrEmpty(call.Arguments))
                    {
                        ItemState.Set(ref state.Arguments, call.Arguments);
                    }

                    state.Output ??= FindOutputFor(state.CallId, state.Id);
                    break;
                case ResponseFunctionCallOutputItem output:
                    state.CallId = output.CallId;
                    state.Output = output.Output;
                    LinkOutput(output.CallId, output.Output);
                    break;
            }
        }

        private static void CopyPart(ContentPart? part, ItemState state)
        {
            switch (part)
            {
                case RequestTextContentPart text when text.Text is not null:
                    ItemState.Set(ref state.Text, text.Text);
                    break;
                case ResponseTextContentPart text when text.Text is not null:
                    ItemState.Set(ref state.Text, text.Text);
                    break;
                case RequestAudioContentPart audio:
                    state.HasAudio = true;
                    if (!string.IsNullOrEmpty(audio.Transcript))
                    {
                        ItemState.Set(ref state.Transcript, audio.Transcript);
                    }

                    break;
                case ResponseAudioContentPart audio:
                    state.HasAudio = true;
                    if (!state.IsTruncated && !string.IsNullOrEmpty(audio.Transcript))
                    {
                        ItemState.Set(ref state.Transcript, audio.Transcript);
                    }

                    break;
            }
        }

        private void LinkOutput(string callId, string output)
        {
            foreach (ItemState item in _items.Values)
            {
                if (item.Type == ItemType.FunctionCall && item.CallId == callId)
                {
                    item.Output = output;
                }
            }
        }

        private string? FindOutputFor(string? callId, string exceptId)
        {
            if (callId is null)
            {
                return null;
            }

            foreach (ItemState item in _items.Values)
            {
                if (item.Id != exceptId && item.Type == ItemType.FunctionCallOutput && item.CallId == callId)
                {
                    return item.Output;
                }
            }

            return null;
        }

        /// <summary>A response's mutable record.</summary>
        private sealed class ResponseState
        {
            private readonly List<string> _outputs = new List<string>();

            public ResponseState(string id) => Id = id;

            public string Id { get; }

            public ResponseStatus? Status { get; set; }

            public ResponseStatusDetails? StatusDetails { get; set; }

            public TokenUsage? Usage { get; set; }

            public IReadOnlyList<string> OutputIds => _outputs;

            public void AddOutput(string itemId)
            {
                if (!_outputs.Contains(itemId))
                {
                    _outputs.Add(itemId);
                }
            }

            public TrackedResponse ToSnapshot() => new TrackedResponse(Id, Status, StatusDetails, Usage, _outputs.ToArray());
        }
    }
}
