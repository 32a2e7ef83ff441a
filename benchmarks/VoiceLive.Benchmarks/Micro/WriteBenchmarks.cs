using System;
using BenchmarkDotNet.Attributes;
using VoiceLive.Protocol.Json;
using VoiceLive.Protocol.Json.FastPath;
using VoiceLive.Transport;

namespace VoiceLive.Benchmarks
{
    /// <summary>Writing client events into the pooled send buffer, as the connection does before each send.</summary>
    [MemoryDiagnoser]
    public class WriteBenchmarks : IDisposable
    {
        private readonly PooledBufferWriter _buffer = new PooledBufferWriter(64 * 1024);
        private readonly ClientEventSessionUpdate _sessionUpdate = new ClientEventSessionUpdate(Payloads.CreateSession());

        /// <summary>Returns the pooled buffer (BenchmarkDotNet disposes the instance after its runs).</summary>
        public void Dispose()
        {
            _buffer.Dispose();
            GC.SuppressFinalize(this);
        }

        [Benchmark]
        public int Append_EventObject()
        {
            _buffer.Clear();
            ClientEventSerializer.Write(new ClientEventInputAudioBufferAppend { Audio = Payloads.AudioPcm }, _buffer);
            return _buffer.WrittenCount;
        }

        [Benchmark]
        public int Append_Direct()
        {
            _buffer.Clear();
            AppendFrameWriter.Write(Payloads.AudioPcm, null, _buffer);
            return _buffer.WrittenCount;
        }

        [Benchmark]
        public int SessionUpdate()
        {
            _buffer.Clear();
            ClientEventSerializer.Write(_sessionUpdate, _buffer);
            return _buffer.WrittenCount;
        }
    }
}
