using System;
using System.Collections.Concurrent;

namespace VoiceLive.Audio
{
    /// <summary>
    /// The polyphase filter bank of one rate pair: a Kaiser-windowed sinc low-pass, cut just below the lower of the
    /// two Nyquist frequencies, sampled at every output phase. Immutable and cached per pair, so any number of
    /// resamplers (one per call in a telephony bridge) share one table.
    /// </summary>
    internal sealed class ResamplerKernel
    {
        // Passband up to 85 % of the lower Nyquist frequency; stop band from 100 %; 90 dB design attenuation, which
        // leaves margin for float arithmetic and 16-bit output.
        private const double PassbandEdge = 0.85;
        private const double AttenuationDb = 90.0;

        private static readonly ConcurrentDictionary<(int, int), ResamplerKernel> Cache = new();

        private ResamplerKernel(int inputRate, int outputRate)
        {
            int divisor = Gcd(inputRate, outputRate);
            Up = outputRate / divisor;
            Down = inputRate / divisor;

            // All frequencies in cycles per input sample.
            double ratio = Math.Min(1.0, (double)outputRate / inputRate);
            double cutoff = 0.5 * ratio * (1.0 + PassbandEdge) / 2.0;
            double transition = 0.5 * ratio * (1.0 - PassbandEdge);
            int length = (int)Math.Ceiling((AttenuationDb - 7.95) / (2.285 * 2.0 * Math.PI * transition));
            Taps = length + (length & 1);
            Coefficients = new float[Up * Taps];

            double beta = 0.1102 * (AttenuationDb - 8.7);
            double half = Taps / 2.0;
            double windowNorm = BesselI0(beta);
            var values = new double[Taps];
            for (int phase = 0; phase < Up; phase++)
            {
                // Tap k of this phase weighs input sample (floor(t) - Taps/2 + 1 + k) for an output at time t whose
                // fractional part is phase/Up.
                double fraction = (double)phase / Up;
                double sum = 0;
                for (int k = 0; k < Taps; k++)
                {
                    double offset = k - half + 1 - fraction;
                    double x = offset / half;
                    double window = Math.Abs(x) >= 1 ? 0 : BesselI0(beta * Math.Sqrt(1 - (x * x))) / windowNorm;
                    double value = 2 * cutoff * Sinc(2 * cutoff * offset) * window;
                    values[k] = value;
                    sum += value;
                }

                // Unity gain at DC for every phase, so a constant signal stays constant.
                for (int k = 0; k < Taps; k++)
                {
                    Coefficients[(phase * Taps) + k] = (float)(values[k] / sum);
                }
            }
        }

        /// <summary>Output samples per <see cref="Down"/> input samples (the reduced rate ratio).</summary>
        public int Up { get; }

        /// <summary>Input samples per <see cref="Up"/> output samples.</summary>
        public int Down { get; }

        /// <summary>Taps of each phase (even).</summary>
        public int Taps { get; }

        /// <summary><see cref="Up"/> rows of <see cref="Taps"/> coefficients.</summary>
        public float[] Coefficients { get; }

        public static ResamplerKernel For(int inputRate, int outputRate)
            => Cache.GetOrAdd((inputRate, outputRate), key => new ResamplerKernel(key.Item1, key.Item2));

        private static double Sinc(double x) => x == 0 ? 1.0 : Math.Sin(Math.PI * x) / (Math.PI * x);

        private static double BesselI0(double x)
        {
            double sum = 1, term = 1, quarterSquare = x * x / 4;
            for (int k = 1; k < 64 && term > sum * 1e-17; k++)
            {
                term *= quarterSquare / (k * k);
                sum += term;
            }

            return sum;
        }

        private static int Gcd(int a, int b)
        {
            while (b != 0)
            {
                (a, b) = (b, a % b);
            }

            return a;
        }
    }
}
