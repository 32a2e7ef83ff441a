using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace VoiceLive.Benchmarks
{
    /// <summary>
    /// The resampler's figures for every supported rate pair: SNR of a 1 kHz sine against the ideal sine at the output
    /// rate, attenuation of a tone above the output's Nyquist frequency (halfway to the input's), and single-thread
    /// throughput as a multiple of real time (20 ms chunks). NAudio's WDL resampler is measured the same way for a few
    /// pairs (its output is aligned at its best delay, since it adds latency). Quick mode: three pairs, short runs.
    /// </summary>
    public static class ResamplerHarness
    {
        public static int Run(HarnessOptions options)
        {
            int[] rates = AudioResampler.SupportedSampleRates.ToArray();
            var pairs = options.Quick
                ? new[] { (48000, 24000), (24000, 8000), (8000, 24000) }
                : rates.SelectMany(i => rates.Where(o => o != i).Select(o => (i, o))).ToArray();
            double seconds = options.Quick ? 0.5 : options.Seconds ?? 10;

            Console.WriteLine();
            Console.WriteLine($"resampler harness: {pairs.Length} pairs, 1 kHz sine SNR vs ideal, stop-band tone attenuation, throughput (best of 5 runs of {seconds / 5} s of audio, 20 ms chunks, one thread)");
            Console.WriteLine("  pair              taps  SNR dB  stop-band tone  atten dB  x real time");
            int failures = 0;

            // Warm-up long enough for tiered compilation to reach its optimised code before anything is timed.
            for (int i = 0; i < 4; i++)
            {
                Throughput(8000, 24000, 1);
                Throughput(48000, 24000, 1);
            }

            foreach ((int input, int output) in pairs)
            {
                var resampler = new AudioResampler(input, output);
                double snr = Snr(input, output, Library);
                double? tone = input > output ? Math.Round((input / 2.0 + output / 2.0) / 2.0) : null;
                double? attenuation = tone is double t ? Attenuation(input, output, t, LibraryFloat) : null;
                Throughput(input, output, 0.2); // warm-up: tiered JIT and caches, not measured
                double speed = BestOf(5, () => Throughput(input, output, seconds / 5));
                bool ok = snr >= 60 && (attenuation is null || attenuation >= 50);
                failures += ok ? 0 : 1;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {input,5} -> {output,5}    {resampler.FilterLength,4}  {snr,6:F1}  {(tone is null ? "-" : tone + " Hz"),14}  {(attenuation is null ? "-" : attenuation.Value.ToString("F1", CultureInfo.InvariantCulture)),8}  {speed,11:F0}{(ok ? "" : "  BELOW TARGET")}"));
            }

            double sixKilohertz = Attenuation(24000, 8000, 6000, LibraryFloat);
            failures += sixKilohertz >= 50 ? 0 : 1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  a 6 kHz tone at 24 kHz resampled to 8 kHz is attenuated {sixKilohertz:F1} dB"));
            Console.WriteLine("  NAudio.Core WdlResampler (sinc mode), same measures:");
            foreach ((int input, int output) in new[] { (48000, 24000), (24000, 8000), (8000, 24000) })
            {
                double snr = Snr(input, output, Wdl);
                double? attenuation = input > output ? Attenuation(input, output, Math.Round((input / 2.0 + output / 2.0) / 2.0), WdlFloat) : null;
                WdlThroughput(input, output, 0.2);
                double speed = BestOf(5, () => WdlThroughput(input, output, seconds / 5));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {input,5} -> {output,5}    wdl   {snr,6:F1}  {"",14}  {(attenuation is null ? "-" : attenuation.Value.ToString("F1", CultureInfo.InvariantCulture)),8}  {speed,11:F0}"));
            }

            Console.WriteLine(failures == 0 ? "resampler harness: every pair meets SNR >= 60 dB and stop band >= 50 dB" : $"resampler harness: {failures} pair(s) below target");
            return failures == 0 ? 0 : 1;
        }

        private static short[] Library(short[] input, int inputRate, int outputRate)
        {
            var resampler = new AudioResampler(inputRate, outputRate);
            var output = new short[resampler.GetMaxOutputLength(input.Length) + resampler.GetMaxOutputLength(0)];
            int n = resampler.Process(input, output);
            n += resampler.Flush(output.AsSpan(n));
            return output.Take(n).ToArray();
        }

        private static float[] LibraryFloat(float[] input, int inputRate, int outputRate)
        {
            var resampler = new AudioResampler(inputRate, outputRate);
            var output = new float[resampler.GetMaxOutputLength(input.Length) + resampler.GetMaxOutputLength(0)];
            int n = resampler.Process(input, output);
            n += resampler.Flush(output.AsSpan(n));
            return output.Take(n).ToArray();
        }

        private static float[] WdlFloat(float[] input, int inputRate, int outputRate)
        {
            var wdl = ResamplerSignals.NewWdl(inputRate, outputRate);
            var collected = new System.Collections.Generic.List<float>();
            var buffer = new float[8192];
            ResamplerSignals.RunWdl(wdl, input.Concat(new float[inputRate / 10]).ToArray(), 960, buffer, (b, n) => collected.AddRange(b.Take(n)));
            return collected.ToArray();
        }

        private static short[] Wdl(short[] input, int inputRate, int outputRate)
        {
            var wdl = ResamplerSignals.NewWdl(inputRate, outputRate);
            float[] floats = ResamplerSignals.ToFloat(input.Concat(new short[inputRate / 10]).ToArray());
            var collected = new System.Collections.Generic.List<float>();
            var buffer = new float[8192];
            ResamplerSignals.RunWdl(wdl, floats, 960, buffer, (b, n) => collected.AddRange(b.Take(n)));
            var pcm = new short[collected.Count];
            AudioSamples.FloatToPcm16(collected.ToArray(), pcm);
            return pcm;
        }

        // SNR against the ideal sine, at the delay (0 for the library) that fits best; 50 ms at each end left out.
        private static double Snr(int inputRate, int outputRate, Func<short[], int, int, short[]> resample)
        {
            short[] output = resample(ResamplerSignals.Tone(inputRate, 1000, inputRate), inputRate, outputRate);
            int edge = outputRate / 20;
            double best = double.MinValue;
            for (int delay = 0; delay < 400 && delay < output.Length - (3 * edge); delay++)
            {
                double signal = 0, noise = 0;
                for (int n = edge; n < outputRate - edge && n + delay < output.Length; n++)
                {
                    double ideal = ResamplerSignals.Amplitude * Math.Sin(2 * Math.PI * 1000 * n / outputRate);
                    double error = output[n + delay] - ideal;
                    signal += ideal * ideal;
                    noise += error * error;
                }

                best = Math.Max(best, 10 * Math.Log10(signal / Math.Max(noise, 1e-9)));
                if (resample == (Func<short[], int, int, short[]>)Library)
                {
                    break;
                }
            }

            return best;
        }

        // On float samples, so that attenuation below one PCM16 step is still measured rather than rounded to silence.
        private static double Attenuation(int inputRate, int outputRate, double tone, Func<float[], int, int, float[]> resample)
        {
            float[] input = ResamplerSignals.ToFloat(ResamplerSignals.Tone(inputRate, tone, inputRate));
            float[] output = resample(input, inputRate, outputRate);
            return 20 * Math.Log10(Rms(input, inputRate / 20, inputRate) / Math.Max(Rms(output, outputRate / 20, outputRate), 1e-12));
        }

        private static double Rms(float[] samples, int edge, int length)
        {
            double sum = 0;
            int count = 0;
            for (int i = edge; i < Math.Min(samples.Length, length) - edge; i++)
            {
                sum += (double)samples[i] * samples[i];
                count++;
            }

            return Math.Sqrt(sum / count);
        }

        // The fastest of several runs: on a shared machine the others measure the neighbours' load.
        private static double BestOf(int runs, Func<double> measure) => Enumerable.Range(0, runs).Max(_ => measure());

        private static double Throughput(int inputRate, int outputRate, double seconds)
        {
            int chunk = inputRate / 50;
            short[] input = ResamplerSignals.Tone(inputRate, 1000, chunk * 50);
            var resampler = new AudioResampler(inputRate, outputRate);
            var output = new short[resampler.GetMaxOutputLength(chunk)];
            int rounds = Math.Max(1, (int)Math.Round(seconds));
            resampler.Process(input.AsSpan(0, chunk), output);
            var clock = Stopwatch.StartNew();
            double audio = 0;
            for (int round = 0; round < rounds || audio < seconds; round++)
            {
                for (int offset = 0; offset < input.Length; offset += chunk)
                {
                    resampler.Process(input.AsSpan(offset, chunk), output);
                }

                audio += 1.0;
            }

            return audio / clock.Elapsed.TotalSeconds;
        }

        private static double WdlThroughput(int inputRate, int outputRate, double seconds)
        {
            float[] input = ResamplerSignals.ToFloat(ResamplerSignals.Tone(inputRate, 1000, inputRate));
            var wdl = ResamplerSignals.NewWdl(inputRate, outputRate);
            var output = new float[8192];
            ResamplerSignals.RunWdl(wdl, input, inputRate / 50, output);
            var clock = Stopwatch.StartNew();
            double audio = 0;
            while (audio < seconds)
            {
                ResamplerSignals.RunWdl(wdl, input, inputRate / 50, output);
                audio += 1.0;
            }

            return audio / clock.Elapsed.TotalSeconds;
        }
    }
}
