using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Transport;

namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection
    {
        // The one lock of the connection's lifecycle: the state, the data each state carries (the close info, the app's
        // send block, the resumption's drop) and the reader slot change only under it.
        private readonly object _stateGate = new object();

        // Read without the lock on the hot paths (one volatile read per send and per event); written only under it.
        private volatile VoiceLiveConnectionState _state = VoiceLiveConnectionState.Connecting;

        private VoiceLiveConnectionReaderSlot _reader;

        // The data of Closed: how the connection ended. Set once, in the transition to Closed.
        private volatile CloseInfo? _closeInfo;

        // The data of Closing: the app's close, which every send reports from then on (also kept once Closed).
        private volatile CloseInfo? _sendBlocked;

        // Completed by the transition to Closed: CloseAsync and late readers wait on it.
        private readonly TaskCompletionSource<bool> _streamEnded = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The connection's state (for tests and diagnostics).</summary>
        internal VoiceLiveConnectionState State => _state;

        /// <summary>Changes the state from <paramref name="from"/> to <paramref name="to"/>; false when it was not <paramref name="from"/>.</summary>
        private bool TryChangeState(VoiceLiveConnectionState from, VoiceLiveConnectionState to)
        {
            lock (_stateGate)
            {
                if (_state != from)
                {
                    return false;
                }

                ChangeStateLocked(to);
                return true;
            }
        }

        /// <summary>The one place the state is written. The caller holds the state lock and has checked the current state.</summary>
        private void ChangeStateLocked(VoiceLiveConnectionState to)
        {
            Debug.Assert(Monitor.IsEntered(_stateGate), "The state changes only under the state lock.");
            Debug.Assert(IsAllowed(_state, to), $"No transition from {_state} to {to}.");
            _state = to;
            AssertInvariantsLocked();
        }

        /// <summary>
        /// Records the final close (the transition to Closed) unless the connection already ended; completes the stream
        /// and tells the observers. Bypasses resumption: callers use it for closes that are final by nature (the app's
        /// own close); everything else goes through <see cref="SetClosed"/>.
        /// </summary>
        private bool CloseFinal(CloseInfo info, bool resumptionFailed = false)
        {
            lock (_stateGate)
            {
                if (_state >= VoiceLiveConnectionState.Closed)
                {
                    return false;
                }

                _closeInfo = info;
                _resumption?.OnClosedLocked(resumptionFailed ? info : null);
                AbandonRenewalLocked();
                ChangeStateLocked(VoiceLiveConnectionState.Closed);
            }

            _renewal?.Dispose();

            _streamEnded.TrySetResult(true);
            NotifyClosed(info);
            return true;
        }

        /// <summary>Open (or still connecting, or renewing) → Closing with the app's close; false in any other state.</summary>
        private bool TryBeginClosing(CloseInfo closedByApp)
        {
            lock (_stateGate)
            {
                switch (_state)
                {
                    case VoiceLiveConnectionState.Connecting:
                    case VoiceLiveConnectionState.Open:
                    case VoiceLiveConnectionState.Renewing:
                        _sendBlocked = closedByApp;
                        _resumption?.OnClosingLocked();
                        AbandonRenewalLocked();
                        ChangeStateLocked(VoiceLiveConnectionState.Closing);
                        return true;
                    case VoiceLiveConnectionState.Closed:
                        // The service's close arrived first and is being answered: sends still say the app closed.
                        _sendBlocked ??= closedByApp;
                        return false;
                    default:
                        return false;
                }
            }
        }

        /// <summary>Closed → Disposed; false when another dispose got there first.</summary>
        private bool TryMarkDisposed() => TryChangeState(VoiceLiveConnectionState.Closed, VoiceLiveConnectionState.Disposed);

        private static bool IsAllowed(VoiceLiveConnectionState from, VoiceLiveConnectionState to)
        {
            return from switch
            {
                VoiceLiveConnectionState.Connecting => to is VoiceLiveConnectionState.Open or VoiceLiveConnectionState.Closing or VoiceLiveConnectionState.Closed,
                VoiceLiveConnectionState.Open => to is VoiceLiveConnectionState.Renewing or VoiceLiveConnectionState.Interrupted or VoiceLiveConnectionState.Closing
                    or VoiceLiveConnectionState.Closed or VoiceLiveConnectionState.Disposed,
                VoiceLiveConnectionState.Renewing => to is VoiceLiveConnectionState.Open or VoiceLiveConnectionState.Switching or VoiceLiveConnectionState.Interrupted
                    or VoiceLiveConnectionState.Closing or VoiceLiveConnectionState.Closed,
                VoiceLiveConnectionState.Switching => to is VoiceLiveConnectionState.Open or VoiceLiveConnectionState.Interrupted or VoiceLiveConnectionState.Closed,
                VoiceLiveConnectionState.Interrupted => to is VoiceLiveConnectionState.Resuming or VoiceLiveConnectionState.Closed,
                VoiceLiveConnectionState.Resuming => to is VoiceLiveConnectionState.Open or VoiceLiveConnectionState.Closed,
                VoiceLiveConnectionState.Closing => to is VoiceLiveConnectionState.Closed,
                VoiceLiveConnectionState.Closed => to is VoiceLiveConnectionState.Disposed,
                _ => false,
            };
        }

        [Conditional("DEBUG")]
        private void AssertInvariantsLocked()
        {
            VoiceLiveConnectionState state = _state;
            Debug.Assert(state != VoiceLiveConnectionState.Closed || _closeInfo is not null, "Closed carries its close info.");
            Debug.Assert(state >= VoiceLiveConnectionState.Closed || _closeInfo is null, "Only a closed connection has close info.");
            Debug.Assert(state != VoiceLiveConnectionState.Closing || _sendBlocked is not null, "Closing carries the app's close.");
            Debug.Assert(state is < VoiceLiveConnectionState.Renewing or > VoiceLiveConnectionState.Resuming || _resumption is not null, "Only a resumable connection is interrupted, resumed or renewed.");
            Debug.Assert(_reader != VoiceLiveConnectionReaderSlot.CloseDrain || _sendBlocked is not null, "Only the app's close drains the socket.");
        }
    }
}
