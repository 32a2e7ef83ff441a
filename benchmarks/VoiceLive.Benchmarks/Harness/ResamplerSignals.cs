using System;
using NAudio.Dsp;

namespace VoiceLive.Benchmarks
{
    /// <summary>Test signals and the NAudio WDL baseline, shared by the resampler benchmark and harness.</summary>
    public static class ResamplerSignals
    {
        public const double Amplitude = 0.5 * 32767;

        public static short[] Tone(int rate, double frequency, int count)
        {
            var samples = new short[count];
            for (int i = 0; i < count; i++)
            {
                samples[i] = (short)Math.Round(Amplitude * Math.Sin(2 * Math.PI * frequency * i / rate));
            }

            return samples;
        }

        public static float[] ToFloat(short[] pcm)
        {
            var floats = new float[pcm.Length];
            AudioSamples.Pcm16ToFloat(pcm, floats);
            return floats;
        }

        /// <summary>NAudio's WDL resampler in its sinc mode (the quality setting of WdlResamplingSampleProvider).</summary>
        public static WdlResampler NewWdl(int inputRate, int outputRate)
        {
            var wdl = new WdlResampler();
            wdl.SetMode(true, 2, true);
            wdl.SetFilterParms();
            wdl.SetFeedMode(true); // input-driven: we push what we have
            wdl.SetRates(inputRate, outputRate);
            return wdl;
        }

        /// <summary>Pushes every input sample through WDL in chunks, returning the output count.</summary>
        public static int RunWdl(WdlResampler wdl, float[] input, int chunk, float[] output, Action<float[], int>? sink = null)
        {
            int total = 0;
            for (int offset = 0; offset < input.Length; offset += chunk)
            {
                int count = Math.Min(chunk, input.Length - offset);
                int needed = wdl.ResamplePrepare(count, 1, out Span<float> inBuffer);
                input.AsSpan(offset, Math.Min(needed, count)).CopyTo(inBuffer);
                int produced = wdl.ResampleOut(output, count, output.Length, 1);
                sink?.Invoke(output, produced);
                total += produced;
            }

            return total;
        }
    }
}
