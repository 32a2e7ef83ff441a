namespace VoiceLive.Emulator
{
    /// <summary>
    /// Names of the query parameters the emulator reads from the WebSocket URL (next to <c>api-version</c> and
    /// <c>model</c>) to choose per-connection behaviour. A client test appends them to the endpoint, e.g.
    /// <c>?emulator-fault=close&amp;emulator-close-code=1001&amp;emulator-close-reason=session_expired</c>.
    /// Query values override <see cref="VoiceLiveEmulatorOptions"/>.
    /// </summary>
    public static class EmulatorQueryParameters
    {
        /// <summary>The fault: <c>none</c>, <c>refuse</c>, <c>no-session-created</c>, <c>close</c>, <c>abort</c>, <c>malformed-json</c>, <c>unknown-event</c>, <c>binary-frame</c>, <c>oversized</c>, <c>invalid-utf8</c>, <c>deep-json</c>, <c>stop-responding</c>; it also accepts the <see cref="Benchmark"/> modes <c>firehose</c>, <c>echo</c>, <c>sink</c>.</summary>
        public const string Fault = "emulator-fault";

        /// <summary>When a one-shot fault fires: <c>connect</c> (after <c>session.created</c>) or <c>response</c> (mid-response).</summary>
        public const string FaultAt = "emulator-fault-at";

        /// <summary>HTTP status for <c>refuse</c> (e.g. 403, 429, 500, 503). Giving it alone (without <c>emulator-refuse-count</c>) implies <c>emulator-fault=refuse</c>.</summary>
        public const string RefuseStatus = "emulator-refuse-status";

        /// <summary>WebSocket close status code for <c>close</c> (default 1011; e.g. 1001, 4000).</summary>
        public const string CloseCode = "emulator-close-code";

        /// <summary>Close reason text for <c>close</c> (e.g. <c>session_expired</c>).</summary>
        public const string CloseReason = "emulator-close-reason";

        /// <summary>Total bytes of the <c>oversized</c> message.</summary>
        public const string OversizedBytes = "emulator-oversized-bytes";

        /// <summary>Array nesting depth of the <c>deep-json</c> message.</summary>
        public const string Depth = "emulator-depth";

        /// <summary>Split every server message into WebSocket frames of at most this many bytes (combines with any fault).</summary>
        public const string FragmentBytes = "emulator-fragment-bytes";

        /// <summary>Delay every server message by this many milliseconds (combines with any fault).</summary>
        public const string DelayMs = "emulator-delay-ms";

        /// <summary>The benchmark mode (<see cref="EmulatorBenchmarkMode"/>): <c>none</c>, <c>firehose</c>, <c>echo</c>, <c>sink</c>.</summary>
        public const string Benchmark = "emulator-benchmark";

        /// <summary>Number of audio/transcript delta pairs per firehose response.</summary>
        public const string FirehoseCount = "emulator-firehose-count";

        /// <summary>Audio bytes per firehose <c>response.audio.delta</c>.</summary>
        public const string FirehoseChunkBytes = "emulator-firehose-chunk-bytes";

        /// <summary><c>openai</c>: the firehose's deltas carry OpenAI's GA names (<c>response.output_audio.delta</c>, <c>response.output_audio_transcript.delta</c>), for OpenAI's own clients.</summary>
        public const string FirehoseNames = "emulator-firehose-names";

        /// <summary>Apply the fault only to the first N connection attempts of the emulator; later ones (a reconnection) behave like the service.</summary>
        public const string FaultConnections = "emulator-fault-connections";

        /// <summary>Refuse N upgrade attempts (from <c>emulator-refuse-from</c>, default 0) with <c>emulator-refuse-status</c> (default 503), then accept.</summary>
        public const string RefuseCount = "emulator-refuse-count";

        /// <summary>The first attempt (0-based) refused by <c>emulator-refuse-count</c>.</summary>
        public const string RefuseFrom = "emulator-refuse-from";

        /// <summary>Maximum session duration in milliseconds: the session then closes with 1001 <c>session_expired</c>.</summary>
        public const string MaxSessionMs = "emulator-max-session-ms";

        /// <summary>Audio pacing: <c>realtime</c> or <c>fast</c>.</summary>
        public const string Pacing = "emulator-pacing";
    }
}
