using System;
using System.Collections.Generic;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// Per-connection fault settings. Set <see cref="VoiceLiveEmulatorOptions.Faults"/> (every connection) or
    /// <see cref="VoiceLiveEmulatorOptions.FaultSelector"/> (per connection attempt), or pass the
    /// <see cref="EmulatorQueryParameters"/> on the URL, which win over the options.
    /// </summary>
    public sealed class EmulatorFaults
    {
        /// <summary>The fault to show; <see cref="EmulatorFaultKind.None"/> behaves like the service.</summary>
        public EmulatorFaultKind Kind { get; set; }

        /// <summary>When a one-shot fault fires.</summary>
        public EmulatorFaultTrigger Trigger { get; set; }

        /// <summary>HTTP status returned by <see cref="EmulatorFaultKind.RefuseUpgrade"/>; default 503.</summary>
        public int RefuseStatusCode { get; set; } = 503;

        /// <summary>WebSocket close status sent by <see cref="EmulatorFaultKind.Close"/>; default 1011 (internal error).</summary>
        public int CloseStatus { get; set; } = 1011;

        /// <summary>Close reason sent by <see cref="EmulatorFaultKind.Close"/>.</summary>
        public string CloseReason { get; set; } = "emulator fault";

        /// <summary>Total size in bytes of the <see cref="EmulatorFaultKind.Oversized"/> message; default 2 MiB.</summary>
        public int OversizedBytes { get; set; } = 2 * 1024 * 1024;

        /// <summary>Array nesting depth of the <see cref="EmulatorFaultKind.DeepJson"/> message; default 1000.</summary>
        public int NestingDepth { get; set; } = 1000;

        /// <summary>When above zero, every server message goes out as WebSocket frames of at most this many bytes (end-of-message on the last).</summary>
        public int FragmentBytes { get; set; }

        /// <summary>When above zero, every server message is delayed by this many milliseconds.</summary>
        public int SendDelayMs { get; set; }

        /// <summary>
        /// When above zero, the fault applies only to the first this many connection attempts of the emulator (0, 1, …);
        /// later ones behave like the service. A resumed session then is not dropped again.
        /// </summary>
        public int FaultConnections { get; set; }

        /// <summary>Refuse this many upgrade attempts, from attempt <see cref="RefuseFrom"/> on, with <see cref="RefuseStatusCode"/>, then accept.</summary>
        public int RefuseCount { get; set; }

        /// <summary>The first attempt (0-based) that <see cref="RefuseCount"/> refuses; default 0.</summary>
        public int RefuseFrom { get; set; }

        /// <summary>
        /// When above zero, the session's maximum duration in milliseconds: that long after <c>session.created</c> the
        /// emulator closes it with 1001 <c>session_expired</c>, as the service does (and reports it in <c>expires_at</c>).
        /// </summary>
        public int MaxSessionMs { get; set; }

        internal EmulatorFaultTrigger EffectiveTrigger => Trigger != EmulatorFaultTrigger.Default
            ? Trigger
            : Kind is EmulatorFaultKind.Close or EmulatorFaultKind.Abort
                ? EmulatorFaultTrigger.MidResponse
                : EmulatorFaultTrigger.AfterSessionCreated;

        internal EmulatorFaults Clone()
        {
            return (EmulatorFaults)MemberwiseClone();
        }

        /// <summary>Applies the <see cref="EmulatorQueryParameters"/> found in <paramref name="query"/>; throws <see cref="FormatException"/> for a bad value.</summary>
        internal void ApplyQuery(IReadOnlyDictionary<string, string> query)
        {
            if (query.TryGetValue(EmulatorQueryParameters.Fault, out string? fault))
            {
                // A benchmark mode named here replaces the fault, as it did when the modes were fault kinds.
                Kind = EmulatorBenchmark.IsModeName(fault) ? EmulatorFaultKind.None : ParseKind(fault);
            }

            if (query.TryGetValue(EmulatorQueryParameters.FaultAt, out string? at))
            {
                Trigger = at switch
                {
                    "connect" => EmulatorFaultTrigger.AfterSessionCreated,
                    "response" => EmulatorFaultTrigger.MidResponse,
                    "response-done" => EmulatorFaultTrigger.AfterResponse,
                    _ => throw new FormatException($"Unknown {EmulatorQueryParameters.FaultAt} value '{at}'; use connect, response or response-done."),
                };
            }

            if (QueryValues.TryInt(query, EmulatorQueryParameters.RefuseStatus, out int refuse))
            {
                RefuseStatusCode = refuse;
                if (!query.ContainsKey(EmulatorQueryParameters.Fault) && !query.ContainsKey(EmulatorQueryParameters.RefuseCount))
                {
                    Kind = EmulatorFaultKind.RefuseUpgrade;
                }
            }

            CloseStatus = QueryValues.TryInt(query, EmulatorQueryParameters.CloseCode, out int code) ? code : CloseStatus;
            CloseReason = query.TryGetValue(EmulatorQueryParameters.CloseReason, out string? reason) ? reason : CloseReason;
            OversizedBytes = QueryValues.TryInt(query, EmulatorQueryParameters.OversizedBytes, out int size) ? size : OversizedBytes;
            NestingDepth = QueryValues.TryInt(query, EmulatorQueryParameters.Depth, out int depth) ? depth : NestingDepth;
            FragmentBytes = QueryValues.TryInt(query, EmulatorQueryParameters.FragmentBytes, out int fragment) ? fragment : FragmentBytes;
            SendDelayMs = QueryValues.TryInt(query, EmulatorQueryParameters.DelayMs, out int delay) ? delay : SendDelayMs;
            FaultConnections = QueryValues.TryInt(query, EmulatorQueryParameters.FaultConnections, out int faulted) ? faulted : FaultConnections;
            RefuseCount = QueryValues.TryInt(query, EmulatorQueryParameters.RefuseCount, out int refusals) ? refusals : RefuseCount;
            RefuseFrom = QueryValues.TryInt(query, EmulatorQueryParameters.RefuseFrom, out int refuseFrom) ? refuseFrom : RefuseFrom;
            MaxSessionMs = QueryValues.TryInt(query, EmulatorQueryParameters.MaxSessionMs, out int maxSession) ? maxSession : MaxSessionMs;
        }

        internal static EmulatorFaultKind ParseKind(string value)
        {
            return value switch
            {
                "none" or "" => EmulatorFaultKind.None,
                "refuse" => EmulatorFaultKind.RefuseUpgrade,
                "no-session-created" => EmulatorFaultKind.NoSessionCreated,
                "close" => EmulatorFaultKind.Close,
                "abort" => EmulatorFaultKind.Abort,
                "malformed-json" => EmulatorFaultKind.MalformedJson,
                "unknown-event" => EmulatorFaultKind.UnknownEvent,
                "binary-frame" => EmulatorFaultKind.BinaryFrame,
                "oversized" => EmulatorFaultKind.Oversized,
                "invalid-utf8" => EmulatorFaultKind.InvalidUtf8,
                "deep-json" => EmulatorFaultKind.DeepJson,
                "stop-responding" => EmulatorFaultKind.StopResponding,
                _ => throw new FormatException($"Unknown {EmulatorQueryParameters.Fault} value '{value}'."),
            };
        }
    }
}
