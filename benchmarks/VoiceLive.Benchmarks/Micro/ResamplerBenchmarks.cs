using System;
using BenchmarkDotNet.Attributes;
using NAudio.Dsp;

namespace VoiceLive.Benchmarks
{
    /// <summary>
    /// One second of 48 kHz mono audio resampled to 24 kHz in 20 ms chunks (960 samples per call), as a capture
    /// callback would: the library's resampler (PCM16 and float) against NAudio's managed WDL resampler (sinc mode).
    /// Each operation is one second of audio, so real-time factor = 1 s / mean.
    /// </summary>
    [MemoryDiagnoser]
    public class ResamplerBenchmarks
    {
        private const int ChunkSamples = 960;
        private readonly short[] _pcm = ResamplerSignals.Tone(48000, 1000, 48000);
        private readonly float[] _float = ResamplerSignals.ToFloat(ResamplerSignals.Tone(48000, 1000, 48000));
        private readonly AudioResampler _resampler = new(48000, 24000);
        private readonly AudioResampler _floatResampler = new(48000, 24000);
        private readonly WdlResampler _wdl = ResamplerSignals.NewWdl(48000, 24000);
        private readonly short[] _pcmOut = new short[2048];
        private readonly float[] _floatOut = new float[2048];

        [Benchmark(Baseline = true)]
        public int VoiceLivePcm16_48kTo24k()
        {
            int total = 0;
            for (int offset = 0; offset < _pcm.Length; offset += ChunkSamples)
            {
                total += _resampler.Process(_pcm.AsSpan(offset, ChunkSamples), _pcmOut);
            }

            return total;
        }

        [Benchmark]
        public int VoiceLiveFloat_48kTo24k()
        {
            int total = 0;
            for (int offset = 0; offset < _float.Length; offset += ChunkSamples)
            {
                total += _floatResampler.Process(_float.AsSpan(offset, ChunkSamples), _floatOut);
            }

            return total;
        }

        [Benchmark]
        public int NAudioWdl_48kTo24k() => ResamplerSignals.RunWdl(_wdl, _float, ChunkSamples, _floatOut);
    }
}
