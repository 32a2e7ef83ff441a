namespace VoiceLive.Emulator
{
    /// <summary>
    /// A misbehaviour the emulator shows on demand, per connection, so a client's error handling can be tested.
    /// Chosen with <see cref="EmulatorFaults.Kind"/> or the query parameter <c>emulator-fault</c> (value in brackets).
    /// </summary>
    public enum EmulatorFaultKind
    {
        /// <summary>Behave like the service (<c>none</c>).</summary>
        None = 0,

        /// <summary>Refuse the WebSocket upgrade with <see cref="EmulatorFaults.RefuseStatusCode"/> (<c>refuse</c>).</summary>
        RefuseUpgrade,

        /// <summary>Accept the upgrade, record client events, and never send anything, not even <c>session.created</c> (<c>no-session-created</c>).</summary>
        NoSessionCreated,

        /// <summary>Send a close frame with <see cref="EmulatorFaults.CloseStatus"/> and <see cref="EmulatorFaults.CloseReason"/> (<c>close</c>); by default mid-response.</summary>
        Close,

        /// <summary>Drop the TCP connection without a close frame (<c>abort</c>); by default mid-response.</summary>
        Abort,

        /// <summary>Send one text frame that is not valid JSON (<c>malformed-json</c>), then carry on.</summary>
        MalformedJson,

        /// <summary>Send one well-formed event with a <c>type</c> no client knows, <c>emulator.unknown_event</c> (<c>unknown-event</c>), then carry on.</summary>
        UnknownEvent,

        /// <summary>Send one binary WebSocket frame (the service only sends text) (<c>binary-frame</c>), then carry on.</summary>
        BinaryFrame,

        /// <summary>Send one valid <c>response.audio.delta</c> text message of exactly <see cref="EmulatorFaults.OversizedBytes"/> bytes (<c>oversized</c>), then carry on.</summary>
        Oversized,

        /// <summary>Send one text frame whose bytes are not valid UTF-8 (<c>invalid-utf8</c>); a conforming client closes with 1007.</summary>
        InvalidUtf8,

        /// <summary>Send one valid JSON event nested <see cref="EmulatorFaults.NestingDepth"/> arrays deep (<c>deep-json</c>), then carry on.</summary>
        DeepJson,

        /// <summary>Stop reading and sending: pings go unanswered and no event arrives (<c>stop-responding</c>); by default right after <c>session.created</c>.</summary>
        StopResponding,
    }
}
