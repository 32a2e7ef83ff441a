using System;
using System.Collections.Generic;
using VoiceLive.Agents;

namespace VoiceLive
{
    /// <summary>
    /// Keeps the conversation as the service sees it, by following the connection's events: the items in the service's
    /// order (<c>previous_item_id</c>), each with its role, status, text, transcripts (input and output), audio duration,
    /// truncation, and for function calls the arguments and the output; deleted items leave the list; plus the active
    /// and the last response (id, status, usage). Opt in by creating one; a connection without a tracker pays nothing.
    /// </summary>
    /// <remarks>
    /// The tracker follows the events as the app reads them (inside the connection's single reader, before the app's
    /// <c>await foreach</c> gets each event), so in a handler it already includes that event. It knows only what happened
    /// after it was created: create it right after connecting. Reading it is safe from any thread; every read returns
    /// a snapshot. Dispose it to stop tracking.
    /// </remarks>
    public sealed class ConversationTracker : IDisposable
    {
        private readonly object _gate = new object();
        private readonly VoiceLiveConnection _connection;
        private readonly Observer _observer;
        private readonly ConversationState _state = new ConversationState();
        private IReadOnlyList<TrackedItem>? _snapshot;
        private int _snapshotVersion = -1;

        /// <summary>Starts tracking the conversation of <paramref name="connection"/> from its next event.</summary>
        /// <param name="connection">The connection to follow.</param>
        public ConversationTracker(VoiceLiveConnection connection)
        {
            _connection = connection ?? throw new ArgumentNullException(nameof(connection));
            _observer = new Observer(this);
            connection.AddObserver(_observer);
        }

        /// <summary>The items of the conversation, in the service's order (a snapshot).</summary>
        public IReadOnlyList<TrackedItem> Items
        {
            get
            {
                lock (_gate)
                {
                    if (_snapshot is null || _snapshotVersion != _state.Version)
                    {
                        var items = new List<TrackedItem>();
                        foreach (ItemState item in _state.ItemsInOrder)
                        {
                            items.Add(new TrackedItem(item));
                        }

                        _snapshot = items;
                        _snapshotVersion = _state.Version;
                    }

                    return _snapshot;
                }
            }
        }

        /// <summary>The response in progress (from <c>response.created</c> to <c>response.done</c>), or null.</summary>
        public TrackedResponse? ActiveResponse
        {
            get { lock (_gate) { return _state.ActiveResponse; } }
        }

        /// <summary>The most recent response, active or finished, or null before the first one.</summary>
        public TrackedResponse? LastResponse
        {
            get { lock (_gate) { return _state.LastResponse; } }
        }

        /// <summary>The item with this id, or null when the conversation does not hold it (never seen, or deleted).</summary>
        /// <param name="itemId">The item id.</param>
        /// <returns>A snapshot of the item, or null.</returns>
        public TrackedItem? GetItem(string itemId)
        {
            if (itemId is null)
            {
                throw new ArgumentNullException(nameof(itemId));
            }

            lock (_gate)
            {
                return _state.Find(itemId) is ItemState item ? new TrackedItem(item) : null;
            }
        }

        /// <summary>Stops following the connection; the last state stays readable.</summary>
        public void Dispose() => _connection.RemoveObserver(_observer);

        private void Apply(ServerEvent serverEvent)
        {
            lock (_gate)
            {
                _state.Apply(serverEvent);
            }
        }

        private void OnAudioAppended(int byteCount)
        {
            lock (_gate)
            {
                _state.OnAudioAppended(byteCount);
            }
        }

        private sealed class Observer : ConnectionObserver
        {
            private readonly ConversationTracker _tracker;

            public Observer(ConversationTracker tracker) => _tracker = tracker;

            public override void OnReceived(VoiceLiveConnection connection, ServerEvent serverEvent) => _tracker.Apply(serverEvent);

            public override void OnAudioAppended(VoiceLiveConnection connection, int byteCount) => _tracker.OnAudioAppended(byteCount);

            public override void OnSent(VoiceLiveConnection connection, ClientEvent clientEvent)
            {
                if (clientEvent is ClientEventInputAudioBufferAppend append)
                {
                    _tracker.OnAudioAppended(append.Audio.Length);
                }
            }
        }
    }
}
