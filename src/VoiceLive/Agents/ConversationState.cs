using System;
using System.Collections.Generic;

namespace VoiceLive.Agents
{
    /// <summary>
    /// The conversation as the service holds it, rebuilt from the event stream: items in the service's order
    /// (<c>previous_item_id</c>), their content from the deltas, and the responses. Applied by the single reader;
    /// read from any thread through snapshots. Not thread-safe on its own: <see cref="ConversationTracker"/> locks.
    /// </summary>
    internal sealed partial class ConversationState
    {
        private readonly Dictionary<string, ItemState> _items = new Dictionary<string, ItemState>(StringComparer.Ordinal);
        private readonly List<string> _order = new List<string>();
        private readonly Dictionary<string, (int StartMs, int? EndMs)> _speech = new Dictionary<string, (int, int?)>(StringComparer.Ordinal);
        private int _inputBytesPerSecond = 48000;
        private int _outputBytesPerSecond = 48000;
        private long _appendedSinceCommit;

        public int Version { get; private set; }

        public IEnumerable<ItemState> ItemsInOrder
        {
            get
            {
                foreach (string id in _order)
                {
                    yield return _items[id];
                }
            }
        }

        public ItemState? Find(string id) => _items.TryGetValue(id, out ItemState? item) ? item : null;

        /// <summary>Applies one event; true when the conversation or a response changed.</summary>
        public bool Apply(ServerEvent serverEvent)
        {
            // Response events first: the deltas are nearly every event of a session.
            bool changed = ApplyResponseEvent(serverEvent) || ApplyItemEvent(serverEvent) || ApplyInputEvent(serverEvent);
            if (changed)
            {
                Version++;
            }

            return changed;
        }

        public void OnAudioAppended(int byteCount) => _appendedSinceCommit += byteCount;

        private bool ApplyItemEvent(ServerEvent serverEvent)
        {
            switch (serverEvent)
            {
                case ServerEventConversationItemCreated created when created.Item?.Id is not null:
                    ItemState item = Upsert(created.Item, responseId: null);
                    Place(item.Id, created.PreviousItemId);
                    return true;
                case ServerEventConversationItemRetrieved retrieved when retrieved.Item?.Id is not null:
                    Upsert(retrieved.Item, responseId: null);
                    return true;
                case ServerEventConversationItemDeleted deleted:
                    return Remove(deleted.ItemId);
                case ServerEventConversationItemTruncated truncated:
                    if (Find(truncated.ItemId) is not ItemState cut)
                    {
                        return false;
                    }

                    // Protocol: truncating audio removes the transcript, so no text the user did not hear stays in context.
                    cut.IsTruncated = true;
                    cut.AudioDurationMs = truncated.AudioEndMs;
                    ItemState.Set(ref cut.Transcript, string.Empty);
                    return true;
                case ServerEventConversationItemInputAudioTranscriptionDelta delta:
                    return Update(delta.ItemId, i => ItemState.Append(ref i.Transcript, delta.Delta));
                case ServerEventConversationItemInputAudioTranscriptionCompleted completed:
                    return Update(completed.ItemId, i =>
                    {
                        ItemState.Set(ref i.Transcript, completed.Transcript);
                        i.TranscriptionFailed = false;
                    });
                case ServerEventConversationItemInputAudioTranscriptionFailed failed:
                    return Update(failed.ItemId, i => i.TranscriptionFailed = true);
                default:
                    return false;
            }
        }

        private bool ApplyInputEvent(ServerEvent serverEvent)
        {
            switch (serverEvent)
            {
                case ServerEventSessionCreated created:
                    OnSession(created.Session);
                    return false;
                case ServerEventSessionUpdated updated:
                    OnSession(updated.Session);
                    return false;
                case ServerEventInputAudioBufferSpeechStarted started:
                    _speech[started.ItemId] = (started.AudioStartMs, null);
                    return false;
                case ServerEventInputAudioBufferSpeechStopped stopped:
                    if (_speech.TryGetValue(stopped.ItemId, out (int StartMs, int? EndMs) segment))
                    {
                        _speech[stopped.ItemId] = (segment.StartMs, stopped.AudioEndMs);
                    }

                    return Update(stopped.ItemId, i => ApplySpeech(i));
                case ServerEventInputAudioBufferCommitted committed:
                    int? manualMs = _speech.ContainsKey(committed.ItemId) ? (int?)null : (int)(_appendedSinceCommit * 1000 / _inputBytesPerSecond);
                    _appendedSinceCommit = 0;
                    if (manualMs is int ms)
                    {
                        _speech[committed.ItemId] = (0, ms);
                    }

                    return Update(committed.ItemId, i => ApplySpeech(i));
                case ServerEventInputAudioBufferCleared:
                    _appendedSinceCommit = 0;
                    return false;
                default:
                    return false;
            }
        }

        private void ApplySpeech(ItemState item)
        {
            if (_speech.TryGetValue(item.Id, out (int StartMs, int? EndMs) segment) && segment.EndMs is int end)
            {
                item.HasAudio = true;
                item.AudioDurationMs = Math.Max(0, end - segment.StartMs);
                _speech.Remove(item.Id);
            }
        }

        private void OnSession(ResponseSession? session)
        {
            if (session?.InputAudioFormat is InputAudioFormat input)
            {
                _inputBytesPerSecond = AudioPlaybackTracker.BytesPerSecondOf(new OutputAudioFormat(input.ToString()));
            }

            if (session?.OutputAudioFormat is OutputAudioFormat output)
            {
                _outputBytesPerSecond = AudioPlaybackTracker.BytesPerSecondOf(output);
            }
        }

        private bool Update(string? itemId, Action<ItemState> change)
        {
            if (itemId is null || Find(itemId) is not ItemState item)
            {
                return false;
            }

            change(item);
            return true;
        }

        private bool Remove(string itemId)
        {
            if (!_items.Remove(itemId))
            {
                return false;
            }

            _order.Remove(itemId);
            return true;
        }

        /// <summary>Moves an item right after <paramref name="previousItemId"/> (to the front when null); unknown previous: the end.</summary>
        private void Place(string itemId, string? previousItemId)
        {
            _order.Remove(itemId);
            if (previousItemId is null)
            {
                // Protocol: no previous item means the item starts the conversation.
                _order.Insert(0, itemId);
                return;
            }

            int previous = _order.IndexOf(previousItemId);
            _order.Insert(previous < 0 ? _order.Count : previous + 1, itemId);
        }

        private ItemState Upsert(ResponseItem item, string? responseId)
        {
            string id = item.Id!;
            if (!_items.TryGetValue(id, out ItemState? state))
            {
                state = new ItemState(id, item.Type);
                _items.Add(id, state);
                _order.Add(id);

                // Protocol: the speech and commit events of input audio come before the item they create.
                ApplySpeech(state);
            }

            state.Type = item.Type;
            state.ResponseId ??= responseId;
            CopyContent(item, state);
            return state;
        }
    }
}
