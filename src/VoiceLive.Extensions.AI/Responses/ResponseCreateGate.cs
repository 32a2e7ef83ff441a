using System;

namespace VoiceLive
{
    /// <summary>
    /// Keeps <c>response.create</c> from reaching the service while a response is active, which it refuses
    /// (<c>conversation_already_has_active_response</c>). MEAI's function invocation sends its own create after each
    /// call's output, before the response that made the call is done; the gate holds those back and sends one at that
    /// response's <c>response.done</c>, however many calls the response made.
    /// </summary>
    /// <remarks>
    /// A response is active from <c>response.created</c> to <c>response.done</c>. A create the gate let through is
    /// outstanding until the next <c>response.done</c> or an <c>error</c> naming its <c>event_id</c>: meanwhile further
    /// creates are held. If the service refused it because a response it had already started (server VAD) was active,
    /// it is held for that response's end. A held create is dropped when the response ends <c>cancelled</c>: the user
    /// barged in or the app cancelled, and the next turn's response sees the function outputs anyway.
    /// Held creates are coalesced: the last one is sent.
    /// </remarks>
    internal sealed class ResponseCreateGate
    {
        /// <summary>The error code of a refused create.</summary>
        internal const string ActiveResponseErrorCode = "conversation_already_has_active_response";

        private readonly object _lock = new object();
        private bool _active;
        private ClientEventResponseCreate? _outstanding;
        private ClientEventResponseCreate? _held;
        private int _heldCount;

        /// <summary>What <see cref="OnReceived"/> decided about a held create.</summary>
        internal enum Release
        {
            /// <summary>Nothing was held, or the event does not end a response.</summary>
            None,

            /// <summary>Send the returned create now.</summary>
            Send,

            /// <summary>The response was cancelled; the held create was dropped.</summary>
            Dropped,
        }

        /// <summary>True while a response is active or a create is outstanding.</summary>
        public bool IsBusy
        {
            get
            {
                lock (_lock)
                {
                    return _active || _outstanding is not null;
                }
            }
        }

        /// <summary>
        /// Called before sending <paramref name="create"/> (which must carry an event id): true to send it now, false when
        /// it is held until the active response is done.
        /// </summary>
        public bool TryPass(ClientEventResponseCreate create)
        {
            if (create.EventId is null)
            {
                throw new ArgumentException("A gated response.create needs an event id to match the service's refusal.", nameof(create));
            }

            lock (_lock)
            {
                if (_active || _outstanding is not null)
                {
                    _held = create;
                    _heldCount++;
                    return false;
                }

                _outstanding = create;
                return true;
            }
        }

        /// <summary>Forgets <paramref name="create"/> after its send failed, so that it does not hold later creates back.</summary>
        public void Forget(ClientEventResponseCreate create)
        {
            lock (_lock)
            {
                if (ReferenceEquals(_outstanding, create))
                {
                    _outstanding = null;
                }
            }
        }

        /// <summary>
        /// Follows the server's events (called for each, in order, before the app sees it). Returns <see cref="Release.Send"/>
        /// with the create to send now when <paramref name="serverEvent"/> ended the response a create was held for.
        /// </summary>
        /// <param name="serverEvent">The event just read.</param>
        /// <param name="release">The held create to send, when the result is <see cref="Release.Send"/>.</param>
        /// <param name="heldCount">How many creates were held and coalesced into it (or dropped).</param>
        public Release OnReceived(ServerEvent serverEvent, out ClientEventResponseCreate? release, out int heldCount)
        {
            release = null;
            heldCount = 0;
            lock (_lock)
            {
                switch (serverEvent)
                {
                    case ServerEventResponseCreated:
                        _active = true;
                        return Release.None;
                    case ServerEventResponseDone done:
                        _active = false;
                        _outstanding = null;
                        return ReleaseHeld(done.Response.Status == ResponseStatus.Cancelled, out release, out heldCount);
                    case ServerEventError error when _outstanding is not null && string.Equals(error.Error.EventId, _outstanding.EventId, StringComparison.Ordinal):
                        if (string.Equals(error.Error.Code, ActiveResponseErrorCode, StringComparison.Ordinal))
                        {
                            // A response the service started on its own was active: send ours when it is done.
                            if (_held is null)
                            {
                                _held = _outstanding;
                                _heldCount = 1;
                            }

                            _outstanding = null;
                            _active = true;
                            return Release.None;
                        }

                        // Refused for another reason: the app sees the error; what was held behind it may go.
                        _outstanding = null;
                        return _active ? Release.None : ReleaseHeld(cancelled: false, out release, out heldCount);
                    default:
                        return Release.None;
                }
            }
        }

        private Release ReleaseHeld(bool cancelled, out ClientEventResponseCreate? release, out int heldCount)
        {
            release = null;
            heldCount = _heldCount;
            ClientEventResponseCreate? held = _held;
            _held = null;
            _heldCount = 0;
            if (held is null)
            {
                return Release.None;
            }

            if (cancelled)
            {
                return Release.Dropped;
            }

            _outstanding = held;
            release = held;
            return Release.Send;
        }
    }
}
