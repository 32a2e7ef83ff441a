using System;
using System.Collections.Generic;
using System.Text;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// Decodes the two-tone symbols written by <see cref="EmulatorSpeech.Synthesize"/>: finds each burst of sound,
    /// reads symbols on a fixed grid from its onset with Hann-windowed Goertzel filters, and rejects anything that is
    /// not cleanly two tones (so real speech becomes a placeholder instead of garbage text).
    /// </summary>
    internal ref struct SymbolDecoder
    {
        // Why: an absolute floor keeps dither, G.711 idle noise and DC from counting as sound.
        private const double SilenceFloor = 300.0 * 300.0;
        private const int MarginMs = 5;

        private readonly ReadOnlySpan<short> _pcm;
        private readonly int _rate;
        private readonly int _blockLength;

        public SymbolDecoder(ReadOnlySpan<short> pcm, int rate)
        {
            _pcm = pcm;
            _rate = rate;
            _blockLength = rate / 1000;
        }

        public string Decode()
        {
            int blocks = _pcm.Length / _blockLength;
            var blockPower = new double[blocks];
            double max = 0;
            for (int b = 0; b < blocks; b++)
            {
                blockPower[b] = MeanSquare(_pcm.Slice(b * _blockLength, _blockLength));
                max = Math.Max(max, blockPower[b]);
            }

            double threshold = Math.Max(SilenceFloor, max * 0.02);
            int firstActive = Array.FindIndex(blockPower, p => p >= threshold);
            if (firstActive < 0)
            {
                return string.Empty;
            }

            int lastActive = Array.FindLastIndex(blockPower, p => p >= threshold);
            var segments = new List<string>();
            int symbolLength = EmulatorSpeech.MsToSamples(EmulatorSpeech.SymbolMs, _rate);
            int margin = EmulatorSpeech.MsToSamples(MarginMs, _rate);
            int windowLength = EmulatorSpeech.MsToSamples(EmulatorSpeech.ToneMs, _rate) - (2 * margin);
            int block = firstActive;
            while (block >= 0 && block < blocks)
            {
                int onset = block * _blockLength;
                var nibbles = new List<int>();
                int position = onset;
                while (position + margin + windowLength <= _pcm.Length)
                {
                    ReadOnlySpan<short> window = _pcm.Slice(position + margin, windowLength);
                    if (MeanSquare(window) < threshold)
                    {
                        break;
                    }

                    int nibble = Classify(window);
                    if (nibble < 0)
                    {
                        return Placeholder(firstActive, lastActive);
                    }

                    nibbles.Add(nibble);
                    position += symbolLength;
                }

                string? text = nibbles.Count == 0 ? null : ToText(nibbles);
                if (text is null)
                {
                    return Placeholder(firstActive, lastActive);
                }

                segments.Add(text);
                int nextStart = (position / _blockLength) + 1;
                block = nextStart < blocks ? Array.FindIndex(blockPower, nextStart, p => p >= threshold) : -1;
            }

            return string.Join(" ", segments);
        }

        private static string Placeholder(int firstActiveMs, int lastActiveMs)
        {
            return EmulatorSpeech.Unrecognized((lastActiveMs - firstActiveMs + 1) / 1000.0);
        }

        private static string? ToText(List<int> nibbles)
        {
            if (nibbles.Count % 2 != 0)
            {
                return null;
            }

            var bytes = new byte[nibbles.Count / 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)((nibbles[2 * i] << 4) | nibbles[(2 * i) + 1]);
            }

            try
            {
                return new UTF8Encoding(false, true).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }

        private static double MeanSquare(ReadOnlySpan<short> samples)
        {
            double sum = 0;
            foreach (short s in samples)
            {
                sum += (double)s * s;
            }

            return samples.Length == 0 ? 0 : sum / samples.Length;
        }

        private int Classify(ReadOnlySpan<short> window)
        {
            (int lowIndex, double lowPower, double lowRunnerUp) = Strongest(window, EmulatorSpeech.LowTones);
            (int highIndex, double highPower, double highRunnerUp) = Strongest(window, EmulatorSpeech.HighTones);
            double total = MeanSquare(window);
            bool clean = lowPower >= 8 * lowRunnerUp
                && highPower >= 8 * highRunnerUp
                && lowPower + highPower >= 0.6 * total;
            return clean ? (lowIndex << 2) | highIndex : -1;
        }

        private (int Index, double Power, double RunnerUp) Strongest(ReadOnlySpan<short> window, double[] tones)
        {
            int best = -1;
            double bestPower = -1;
            double runnerUp = 0;
            for (int i = 0; i < tones.Length; i++)
            {
                double power = TonePower(window, tones[i]);
                if (power > bestPower)
                {
                    runnerUp = Math.Max(runnerUp, bestPower);
                    bestPower = power;
                    best = i;
                }
                else
                {
                    runnerUp = Math.Max(runnerUp, power);
                }
            }

            return (best, bestPower, runnerUp);
        }

        /// <summary>Goertzel with a Hann window; returns the estimated mean-square power of a tone at <paramref name="frequency"/>.</summary>
        private double TonePower(ReadOnlySpan<short> window, double frequency)
        {
            int n = window.Length;
            double coefficient = 2 * Math.Cos(2 * Math.PI * frequency / _rate);
            double s1 = 0;
            double s2 = 0;
            for (int i = 0; i < n; i++)
            {
                double hann = 0.5 - (0.5 * Math.Cos(2 * Math.PI * i / (n - 1)));
                double s0 = (window[i] * hann) + (coefficient * s1) - s2;
                s2 = s1;
                s1 = s0;
            }

            double magnitudeSquared = (s1 * s1) + (s2 * s2) - (coefficient * s1 * s2);

            // Why: a Hann window has coherent gain 1/2, so |X| = A·N/4 and the tone's mean square is A²/2.
            double amplitude = 4 * Math.Sqrt(Math.Max(0, magnitudeSquared)) / n;
            return amplitude * amplitude / 2;
        }
    }
}
