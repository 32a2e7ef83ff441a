using System;

namespace VoiceLive.Tests
{
    /// <summary>The resampler's quality measures: SNR of a sine against the ideal sine at the output rate, and stop-band attenuation.</summary>
    internal static class AudioQuality
    {
        private const double Amplitude = 0.5 * 32767;

        /// <summary>SNR (dB) of a 1 s tone resampled, against the same tone generated at the output rate; 50 ms at each end are left out.</summary>
        public static double SineSnrDb(int inputRate, int outputRate, double frequency)
        {
            short[] output = Resample(Tone(inputRate, frequency), inputRate, outputRate);
            double signal = 0, noise = 0;
            int edge = outputRate / 20;
            for (int n = edge; n < output.Length - edge; n++)
            {
                double ideal = Amplitude * Math.Sin(2 * Math.PI * frequency * n / outputRate);
                signal += ideal * ideal;
                noise += (output[n] - ideal) * (output[n] - ideal);
            }

            return 10 * Math.Log10(signal / Math.Max(noise, 1e-9));
        }

        /// <summary>Output RMS relative to input RMS (dB, positive = attenuated) of a tone the output rate cannot carry.</summary>
        public static double AttenuationDb(int inputRate, int outputRate, double frequency)
        {
            short[] input = Tone(inputRate, frequency);
            short[] output = Resample(input, inputRate, outputRate);
            return 20 * Math.Log10(Rms(input, inputRate / 20) / Math.Max(Rms(output, outputRate / 20), 1e-9));
        }

        /// <summary>A tone between the output's Nyquist frequency and the input's, halfway.</summary>
        public static double StopBandTone(int inputRate, int outputRate) => Math.Round((inputRate / 2.0 + outputRate / 2.0) / 2.0);

        private static short[] Tone(int rate, double frequency)
        {
            var samples = new short[rate];
            for (int i = 0; i < samples.Length; i++)
            {
                samples[i] = (short)Math.Round(Amplitude * Math.Sin(2 * Math.PI * frequency * i / rate));
            }

            return samples;
        }

        private static short[] Resample(short[] input, int inputRate, int outputRate)
        {
            var resampler = new AudioResampler(inputRate, outputRate);
            var output = new short[resampler.GetMaxOutputLength(input.Length) + resampler.GetMaxOutputLength(0)];
            int n = resampler.Process(input, output);
            n += resampler.Flush(output.AsSpan(n));
            Array.Resize(ref output, n);
            return output;
        }

        private static double Rms(short[] samples, int edge)
        {
            double sum = 0;
            int count = 0;
            for (int i = edge; i < samples.Length - edge; i++)
            {
                sum += (double)samples[i] * samples[i];
                count++;
            }

            return Math.Sqrt(sum / count);
        }
    }
}
