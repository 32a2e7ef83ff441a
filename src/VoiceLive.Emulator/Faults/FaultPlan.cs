using System;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// One connection's faults (<see cref="EmulatorFaults"/>) behind named hook points. The session's happy path calls
    /// each hook at its moment and never asks which fault is configured; a hook with nothing to do returns at once.
    /// </summary>
    internal sealed class FaultPlan
    {
        private readonly EmulatorFaults _faults;
        private readonly SessionSender _sender;
        private readonly CancellationToken _lifetime;
        private readonly TimeProvider _time;
        private volatile bool _silent;
        private bool _fired;

        public FaultPlan(EmulatorFaults faults, SessionSender sender, TimeProvider time, CancellationToken lifetime)
        {
            _time = time;
            _faults = faults;
            _sender = sender;
            _lifetime = lifetime;
            sender.Faults = this;
        }

        /// <summary>The session's maximum duration when a fault sets one (reported in <c>expires_at</c>); null otherwise.</summary>
        public TimeSpan? MaxSession => _faults.MaxSessionMs > 0 ? TimeSpan.FromMilliseconds(_faults.MaxSessionMs) : null;

        /// <summary>Hook: the connection is accepted. False when <c>session.created</c> must not be sent (and nothing after it).</summary>
        public bool OnSessionStart()
        {
            if (_faults.Kind == EmulatorFaultKind.NoSessionCreated)
            {
                // Accept and record, but stay silent so the client's session.created timeout fires.
                _silent = true;
                return false;
            }

            return true;
        }

        /// <summary>Hook: <c>session.created</c> has been sent. Starts the expiry clock and fires a connect-time fault.</summary>
        public Task AfterSessionCreatedAsync()
        {
            if (MaxSession is TimeSpan lifetime)
            {
                _ = ExpireAsync(lifetime);
            }

            return FireAsync(EmulatorFaultTrigger.AfterSessionCreated);
        }

        /// <summary>Hook: before each read of the socket. Never returns once the connection is frozen, so pings go unanswered.</summary>
        public Task BeforeReceiveAsync()
        {
            return _sender.IsFrozen ? Task.Delay(Timeout.Infinite, _lifetime) : Task.CompletedTask;
        }

        /// <summary>Hook: a client message has been recorded. False when the session must not answer it.</summary>
        public bool OnClientMessage()
        {
            return !_silent;
        }

        /// <summary>Hook: under the send lock before each message: the configured delay, and a freeze that never ends.</summary>
        public async Task BeforeSendAsync(CancellationToken cancellationToken)
        {
            if (_faults.SendDelayMs > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(_faults.SendDelayMs), _time, cancellationToken).ConfigureAwait(false);
            }

            if (_sender.IsFrozen)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Hook: the largest frame a message of <paramref name="length"/> bytes goes out in.</summary>
        public int FrameBytes(int length)
        {
            return _faults.FragmentBytes > 0 ? _faults.FragmentBytes : length;
        }

        /// <summary>Hook: a response sent a delta (<paramref name="first"/> for its first). False when the connection is gone and streaming must stop.</summary>
        public async Task<bool> AfterDeltaAsync(bool first)
        {
            if (first)
            {
                await FireAsync(EmulatorFaultTrigger.MidResponse).ConfigureAwait(false);
            }

            return !_sender.IsGone;
        }

        /// <summary>Hook: a <c>response.done</c> has been sent.</summary>
        public Task AfterResponseDoneAsync()
        {
            return FireAsync(EmulatorFaultTrigger.AfterResponse);
        }

        /// <summary>Fires the configured one-shot fault if <paramref name="moment"/> is its trigger (once per connection).</summary>
        private async Task FireAsync(EmulatorFaultTrigger moment)
        {
            if (_fired || _faults.EffectiveTrigger != moment)
            {
                return;
            }

            _fired = true;
            switch (_faults.Kind)
            {
                case EmulatorFaultKind.Close:
                    await _sender.CloseOutputAsync(_faults.CloseStatus, _faults.CloseReason).ConfigureAwait(false);
                    break;
                case EmulatorFaultKind.Abort:
                    await _sender.AbortAsync().ConfigureAwait(false);
                    break;
                case EmulatorFaultKind.StopResponding:
                    _sender.Freeze();
                    break;
                default:
                    byte[]? frame = FaultFrames.For(_faults, out WebSocketMessageType type);
                    if (frame is not null)
                    {
                        await _sender.SendFrameAsync(frame, type, default).ConfigureAwait(false);
                    }

                    break;
            }
        }

        private async Task ExpireAsync(TimeSpan lifetime)
        {
            try
            {
                // The emulator's own clock, as the service's: the test waits for the close on the client side.
                await Task.Delay(lifetime, _lifetime).ConfigureAwait(false);
                if (!_sender.IsGone)
                {
                    await _sender.CloseOutputAsync(1001, "session_expired").ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                // The emulator stopped first.
            }
        }
    }
}
