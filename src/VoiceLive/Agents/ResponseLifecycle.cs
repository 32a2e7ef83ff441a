namespace VoiceLive.Agents
{
    /// <summary>
    /// Which response the service is running, as the reader has seen it: active from <c>response.created</c> to
    /// <c>response.done</c>. It also knows when the service is already cancelling that response by itself (server VAD
    /// with <c>interrupt_response</c> on, after <c>input_audio_buffer.speech_started</c>) or when the app already sent
    /// <c>response.cancel</c>, so that a barge-in never sends a cancel the service answers with
    /// <c>response_cancel_not_active</c>. Updated by the single reader before the app sees the event.
    /// </summary>
    internal sealed class ResponseLifecycle
    {
        private readonly object _gate = new object();
        private string? _activeId;
        private bool _cancelling;
        private bool _serviceInterrupts;

        public string? ActiveResponseId
        {
            get { lock (_gate) { return _activeId; } }
        }

        public bool IsActive
        {
            get { lock (_gate) { return _activeId is not null; } }
        }

        /// <summary>True while a response is active and neither the app nor the service has started cancelling it.</summary>
        public bool IsCancellable
        {
            get { lock (_gate) { return _activeId is not null && !_cancelling; } }
        }

        public void OnReceived(ServerEvent serverEvent)
        {
            switch (serverEvent)
            {
                case ServerEventResponseCreated created:
                    lock (_gate)
                    {
                        _activeId = created.Response?.Id ?? string.Empty;
                        _cancelling = false;
                    }

                    break;
                case ServerEventResponseDone done:
                    lock (_gate)
                    {
                        // A done for another response (one the reader never saw created) leaves the active one alone.
                        if (_activeId is not null && (done.Response?.Id is null || _activeId.Length == 0 || done.Response.Id == _activeId))
                        {
                            _activeId = null;
                            _cancelling = false;
                        }
                    }

                    break;
                case ServerEventInputAudioBufferSpeechStarted:
                    lock (_gate)
                    {
                        // Protocol: with interrupt_response (default true) the service cancels the active response itself
                        // when the user starts speaking; a response.cancel now would find no active response.
                        if (_activeId is not null && _serviceInterrupts)
                        {
                            _cancelling = true;
                        }
                    }

                    break;
                case ConnectionInterruptedEvent:
                    lock (_gate)
                    {
                        // The session that ran the response is gone with the connection: nothing is left to cancel.
                        _activeId = null;
                        _cancelling = false;
                    }

                    break;
                case ServerEventSessionCreated created:
                    OnSession(created.Session);
                    break;
                case ServerEventSessionUpdated updated:
                    OnSession(updated.Session);
                    break;
            }
        }

        /// <summary>The app sent <c>response.cancel</c>: the active response is on its way out.</summary>
        public void OnCancelSent(string? responseId)
        {
            lock (_gate)
            {
                if (_activeId is not null && (responseId is null || responseId == _activeId || _activeId.Length == 0))
                {
                    _cancelling = true;
                }
            }
        }

        /// <summary>
        /// Claims the active response for cancelling: returns its id (empty when the service gave none) and marks it
        /// as cancelling, or null when there is nothing to cancel. One caller wins, so two barge-ins send one cancel.
        /// </summary>
        public string? TryBeginCancel()
        {
            lock (_gate)
            {
                if (_activeId is null || _cancelling)
                {
                    return null;
                }

                _cancelling = true;
                return _activeId;
            }
        }

        private void OnSession(ResponseSession? session)
        {
            if (session is null || session.TurnDetection is null)
            {
                return; // A session event without turn_detection changes nothing the service reported before.
            }

            bool interrupts = session.TurnDetection is VadTurnDetection vad && vad.InterruptResponse != false;
            lock (_gate)
            {
                _serviceInterrupts = interrupts;
            }
        }
    }
}
