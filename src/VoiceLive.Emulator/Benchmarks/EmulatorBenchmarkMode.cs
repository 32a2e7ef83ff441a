namespace VoiceLive.Emulator
{
    /// <summary>
    /// A load mode for benchmarks: the emulator answers as fast and as cheaply as it can instead of like the service.
    /// Chosen with <see cref="EmulatorBenchmark.Mode"/> or the query parameter <c>emulator-benchmark</c> (value in
    /// brackets; <c>emulator-fault</c> accepts the same values).
    /// </summary>
    public enum EmulatorBenchmarkMode
    {
        /// <summary>No benchmark mode: answer like the service (<c>none</c>).</summary>
        None = 0,

        /// <summary>
        /// Receive benchmark (<c>firehose</c>): every <c>response.create</c> is answered with <c>response.created</c>, then
        /// <see cref="EmulatorBenchmark.FirehoseCount"/> pairs of <c>response.audio.delta</c> (<see cref="EmulatorBenchmark.FirehoseChunkBytes"/> audio bytes)
        /// and <c>response.audio_transcript.delta</c>, as fast as possible, then <c>response.done</c>. Each event carries
        /// <c>emulator_sent_ts</c>, the <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> value when it was serialized.
        /// </summary>
        Firehose,

        /// <summary>
        /// Scale benchmark (<c>echo</c>): every <c>input_audio_buffer.append</c> is answered at once with one
        /// <c>response.audio.delta</c> carrying the same base64 audio and <c>emulator_sent_ts</c>
        /// (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> when it was serialized; also in <c>event_id</c> as <c>event_echo_&lt;ts&gt;_&lt;n&gt;</c>). Appends skip VAD, buffering and
        /// the received-events log, so thousands of sessions stay cheap; every other event behaves as usual.
        /// </summary>
        Echo,

        /// <summary>
        /// Send benchmark (<c>sink</c>): every <c>input_audio_buffer.append</c> is read and dropped without an answer,
        /// a log entry or VAD, so the emulator keeps up with a client sending as fast as it can.
        /// </summary>
        Sink,
    }
}
