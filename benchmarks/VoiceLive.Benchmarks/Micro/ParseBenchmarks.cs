using System;
using BenchmarkDotNet.Attributes;

namespace VoiceLive.Benchmarks
{
    /// <summary>
    /// Parsing one frame into a typed event: <see cref="ServerEvent.Parse(ReadOnlySpan{byte})"/> (the public entry point)
    /// and the per-connection parser the receive loop uses (fast path for deltas, with its id cache warm).
    /// </summary>
    [MemoryDiagnoser]
    public class ParseBenchmarks
    {
        private readonly ServerEventReader _connectionParser = new ServerEventReader();

        [Benchmark]
        public ServerEvent AudioDelta_Parse() => ServerEvent.Parse(Payloads.AudioDelta);

        [Benchmark]
        public ServerEvent AudioDelta_Connection() => _connectionParser.Parse(Payloads.AudioDelta);

        [Benchmark]
        public ServerEvent TranscriptDelta_Parse() => ServerEvent.Parse(Payloads.TranscriptDelta);

        [Benchmark]
        public ServerEvent TranscriptDelta_Connection() => _connectionParser.Parse(Payloads.TranscriptDelta);

        [Benchmark]
        public ServerEvent ResponseDone_Parse() => ServerEvent.Parse(Payloads.ResponseDone);

        [Benchmark]
        public ServerEvent SessionUpdated_Parse() => ServerEvent.Parse(Payloads.SessionUpdated);
    }
}
