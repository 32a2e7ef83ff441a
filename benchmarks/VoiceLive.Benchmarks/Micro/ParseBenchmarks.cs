using System;
using BenchmarkDotNet.Attributes;
using VoiceLive.Protocol.Json.FastPath;

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
        private readonly byte[] _decoded = new byte[8192];

        [Benchmark]
        public ServerEvent AudioDelta_Parse() => ServerEvent.Parse(Payloads.AudioDelta);

        [Benchmark]
        public ServerEvent AudioDelta_Connection() => _connectionParser.Parse(Payloads.AudioDelta);

        /// <summary>The receive harness's floor work for one audio delta: Utf8JsonReader pass plus decode into a reused buffer.</summary>
        [Benchmark]
        public int AudioDelta_FloorReaderAndDecode()
        {
            var reader = new System.Text.Json.Utf8JsonReader(Payloads.AudioDelta);
            reader.Read();
            ReadOnlySpan<byte> delta = default;
            while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
            {
                bool isDelta = reader.ValueTextEquals("delta"u8);
                reader.Read();
                if (isDelta)
                {
                    delta = reader.ValueSpan;
                }
            }

            System.Buffers.Text.Base64.DecodeFromUtf8(delta, _decoded, out _, out int written);
            return written;
        }

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
