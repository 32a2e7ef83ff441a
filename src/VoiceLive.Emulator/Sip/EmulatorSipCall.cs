using System.Collections.Generic;

namespace VoiceLive.Emulator
{
    /// <summary>One simulated SIP call: its state as the emulator's call state machine has it, and what the app did with it.</summary>
    public sealed class EmulatorSipCall
    {
        private readonly object _gate = new();
        private readonly List<EmulatorConnection> _attached = new();
        private readonly List<string> _events = new();

        internal EmulatorSipCall(string callId, string chainId, EmulatorIncomingCall incoming)
        {
            CallId = callId;
            ChainId = chainId;
            From = incoming.From;
            To = incoming.To;
        }

        /// <summary>The call's <c>call_id</c>.</summary>
        public string CallId { get; }

        /// <summary>The call's <c>chain_id</c>.</summary>
        public string ChainId { get; }

        /// <summary>The caller.</summary>
        public string From { get; }

        /// <summary>The called number.</summary>
        public string To { get; }

        /// <summary>The call's state (<c>WaitingForCustomer</c>, <c>Connected</c>, <c>Disconnected</c>, …).</summary>
        public string State { get; internal set; } = "WaitingForCustomer";

        /// <summary>Why the call ended (<c>Rejected</c>, <c>CustomerHangup</c>, <c>TransferSucceeded</c>, …), or null while it lasts.</summary>
        public string? TerminalReason { get; internal set; }

        /// <summary>The JSON body the app accepted the call with, or null.</summary>
        public string? AcceptConfiguration { get; internal set; }

        /// <summary>The target of the last transfer the app asked for, or null.</summary>
        public string? TransferTarget { get; internal set; }

        /// <summary>The call's session id, once accepted.</summary>
        public string? SessionId { get; internal set; }

        /// <summary>Every <c>realtime.call.*</c> event the call produced, in order.</summary>
        public IReadOnlyList<string> Events
        {
            get
            {
                lock (_gate)
                {
                    return _events.ToArray();
                }
            }
        }

        internal bool IsEnded => State is "Disconnected" or "Failed" or "Expired";

        internal void RecordEvent(string type)
        {
            lock (_gate)
            {
                _events.Add(type);
            }
        }

        internal void Attach(EmulatorConnection connection)
        {
            lock (_gate)
            {
                _attached.Add(connection);
            }
        }

        internal EmulatorConnection[] Attached()
        {
            lock (_gate)
            {
                return _attached.ToArray();
            }
        }
    }
}
