using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using VoiceLive.Audio;

namespace VoiceLive
{
    /// <summary>
    /// Converts a stream of mono audio between the sample rates of phones, browsers, sound cards and the service
    /// (8, 16, 22.05, 24, 32, 44.1 and 48 kHz) with a windowed-sinc polyphase low-pass filter. It keeps its state
    /// between calls, so chunk boundaries are invisible: any split of the input into <see cref="Process(ReadOnlySpan{short}, Span{short})"/>
    /// calls gives the same output as one call. Output sample <c>n</c> is the input signal at time
    /// <c>n / OutputSampleRate</c> (no added delay): the first outputs wait for the filter's look-ahead and
    /// <see cref="Flush(Span{short})"/> writes the tail, after which <c>ceil(inputSamples × outputRate / inputRate)</c>
    /// samples have been written in total. Calls do not allocate. Not thread-safe: use one resampler per stream.
    /// </summary>
    public sealed class AudioResampler
    {
        private const int BlockSize = 1024;
        private const float ShortScale = 32768f;

        private static readonly int[] Rates = { 8000, 16000, 22050, 24000, 32000, 44100, 48000 };

        private readonly ResamplerKernel? _kernel;
        private readonly float[] _coefficients;
        private readonly float[] _history;
        private readonly int _taps;
        private readonly int _up;
        private readonly int _down;
        private readonly int _stepWhole;
        private readonly int _stepFraction;

        private int _historyCount;
        private long _historyStart;
        private long _inputCount;
        private long _outputCount;
        private long _nextInputIndex;
        private int _nextPhase;

        /// <summary>Creates a resampler from one supported rate to another (equal rates pass the audio through).</summary>
        /// <param name="inputSampleRate">The rate of the audio given to <c>Process</c>, in Hz.</param>
        /// <param name="outputSampleRate">The rate of the audio it writes, in Hz.</param>
        /// <exception cref="ArgumentOutOfRangeException">A rate is not one of <see cref="SupportedSampleRates"/>.</exception>
        public AudioResampler(int inputSampleRate, int outputSampleRate)
        {
            InputSampleRate = CheckRate(inputSampleRate, nameof(inputSampleRate));
            OutputSampleRate = CheckRate(outputSampleRate, nameof(outputSampleRate));
            if (inputSampleRate == outputSampleRate)
            {
                _coefficients = Array.Empty<float>();
                _history = Array.Empty<float>();
                _up = _down = 1;
                return;
            }

            _kernel = ResamplerKernel.For(inputSampleRate, outputSampleRate);
            _coefficients = _kernel.Coefficients;
            _taps = _kernel.Taps;
            _up = _kernel.Up;
            _down = _kernel.Down;
            _stepWhole = _down / _up;
            _stepFraction = _down % _up;
            _history = new float[_taps + BlockSize];
            Reset();
        }

        /// <summary>The sample rates a resampler converts between, in Hz.</summary>
        public static IReadOnlyList<int> SupportedSampleRates => Rates;

        /// <summary>The rate of the input, in Hz.</summary>
        public int InputSampleRate { get; }

        /// <summary>The rate of the output, in Hz.</summary>
        public int OutputSampleRate { get; }

        /// <summary>Filter taps per output sample (0 when the rates are equal): the cost of one output sample.</summary>
        public int FilterLength => _taps;

        /// <summary>
        /// The most samples one <c>Process</c> call with <paramref name="inputLength"/> samples, or one
        /// <see cref="Flush(Span{short})"/>, can write: size the output span with it.
        /// </summary>
        /// <param name="inputLength">Samples that will be passed to <c>Process</c> (0 for <c>Flush</c>).</param>
        /// <returns>The output length that is always enough.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="inputLength"/> is negative or too large.</exception>
        public int GetMaxOutputLength(int inputLength)
        {
            if (inputLength < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(inputLength), inputLength, "The input length cannot be negative.");
            }

            long max = _kernel is null ? inputLength : ((((long)inputLength + (_taps / 2)) * _up) / _down) + 2;
            return max <= int.MaxValue ? (int)max : throw new ArgumentOutOfRangeException(nameof(inputLength), inputLength, "The output would exceed 2^31 samples.");
        }

        /// <summary>Resamples the next PCM16 samples of the stream.</summary>
        /// <param name="input">The next samples, at <see cref="InputSampleRate"/>.</param>
        /// <param name="output">Receives the output samples that are complete; <see cref="GetMaxOutputLength"/> long is always enough.</param>
        /// <returns>The number of samples written to <paramref name="output"/>.</returns>
        /// <exception cref="ArgumentException"><paramref name="output"/> is too short for the samples this call completes (nothing is consumed).</exception>
        public int Process(ReadOnlySpan<short> input, Span<short> output)
        {
            if (_kernel is null)
            {
                EnsureRoom(input.Length, output.Length, nameof(output));
                input.CopyTo(output);
                return input.Length;
            }

            EnsureRoom(ReadyAfter(_inputCount + input.Length) - _outputCount, output.Length, nameof(output));
            int written = 0;
            while (!input.IsEmpty)
            {
                int count = Math.Min(input.Length, _history.Length - _historyCount);
                Span<float> target = _history.AsSpan(_historyCount, count);
                for (int i = 0; i < count; i++)
                {
                    target[i] = input[i] / ShortScale;
                }

                input = input.Slice(count);
                written += Produce(count, output.Slice(written));
            }

            return written;
        }

        /// <summary>Resamples the next float samples of the stream (nominally −1 to 1; values are not clamped).</summary>
        /// <param name="input">The next samples, at <see cref="InputSampleRate"/>.</param>
        /// <param name="output">Receives the output samples that are complete; <see cref="GetMaxOutputLength"/> long is always enough.</param>
        /// <returns>The number of samples written to <paramref name="output"/>.</returns>
        /// <exception cref="ArgumentException"><paramref name="output"/> is too short for the samples this call completes (nothing is consumed).</exception>
        public int Process(ReadOnlySpan<float> input, Span<float> output)
        {
            if (_kernel is null)
            {
                EnsureRoom(input.Length, output.Length, nameof(output));
                input.CopyTo(output);
                return input.Length;
            }

            EnsureRoom(ReadyAfter(_inputCount + input.Length) - _outputCount, output.Length, nameof(output));
            int written = 0;
            while (!input.IsEmpty)
            {
                int count = Math.Min(input.Length, _history.Length - _historyCount);
                input.Slice(0, count).CopyTo(_history.AsSpan(_historyCount, count));
                input = input.Slice(count);
                written += Produce(count, output.Slice(written));
            }

            return written;
        }

        /// <summary>
        /// Ends the stream: writes the remaining samples (the filter's look-ahead, filled with silence) and resets the
        /// resampler for a new stream.
        /// </summary>
        /// <param name="output">Receives the tail; <c>GetMaxOutputLength(0)</c> long is always enough.</param>
        /// <returns>The number of samples written.</returns>
        /// <exception cref="ArgumentException"><paramref name="output"/> is too short for the tail (the state is kept).</exception>
        public int Flush(Span<short> output)
        {
            if (_kernel is null)
            {
                return 0;
            }

            int needed = BeginFlush(output.Length, nameof(output), out long total);
            Span<float> scratch = stackalloc float[256];
            int written = 0;
            while (written < needed)
            {
                int count = ComputeReady(scratch.Slice(0, Math.Min(scratch.Length, needed - written)), total);
                for (int i = 0; i < count; i++)
                {
                    output[written + i] = ToShort(scratch[i]);
                }

                written += count;
            }

            Reset();
            return written;
        }

        /// <summary>
        /// Ends the stream: writes the remaining samples (the filter's look-ahead, filled with silence) and resets the
        /// resampler for a new stream.
        /// </summary>
        /// <param name="output">Receives the tail; <c>GetMaxOutputLength(0)</c> long is always enough.</param>
        /// <returns>The number of samples written.</returns>
        /// <exception cref="ArgumentException"><paramref name="output"/> is too short for the tail (the state is kept).</exception>
        public int Flush(Span<float> output)
        {
            if (_kernel is null)
            {
                return 0;
            }

            int needed = BeginFlush(output.Length, nameof(output), out long total);
            int written = 0;
            while (written < needed)
            {
                written += ComputeReady(output.Slice(written, needed - written), total);
            }

            Reset();
            return written;
        }

        /// <summary>Forgets the stream so far (its pending tail is dropped) and starts a new one.</summary>
        public void Reset()
        {
            if (_kernel is null)
            {
                return;
            }

            // The filter sees silence before the first sample.
            Array.Clear(_history, 0, _history.Length);
            _historyCount = _taps;
            _historyStart = -_taps;
            _inputCount = 0;
            _outputCount = 0;
            _nextInputIndex = 0;
            _nextPhase = 0;
        }

        // Appends the silence that completes the outputs looking ahead past the last sample, and says how many
        // outputs are still due: ceil(input × up / down) in all.
        private int BeginFlush(int room, string paramName, out long total)
        {
            total = ((_inputCount * _up) + _down - 1) / _down;
            long needed = total - _outputCount;
            EnsureRoom(needed, room, paramName);
            int pad = _taps / 2;
            _history.AsSpan(_historyCount, pad).Clear();
            _historyCount += pad;
            _inputCount += pad;
            return (int)needed;
        }

        private int Produce(int added, Span<short> output)
        {
            Span<float> scratch = stackalloc float[256];
            int written = 0;
            _historyCount += added;
            _inputCount += added;
            while (true)
            {
                int count = ComputeReady(scratch, long.MaxValue);
                for (int i = 0; i < count; i++)
                {
                    output[written + i] = ToShort(scratch[i]);
                }

                written += count;
                if (count < scratch.Length)
                {
                    Compact();
                    return written;
                }
            }
        }

        private int Produce(int added, Span<float> output)
        {
            _historyCount += added;
            _inputCount += added;
            int written = ComputeReady(output, long.MaxValue);
            Compact();
            return written;
        }

        // Writes outputs whose last tap is already in the history, at most destination.Length of them and never past
        // output index `limit`.
        private int ComputeReady(Span<float> destination, long limit)
        {
            // State in locals for the loop; written back once.
            int taps = _taps;
            int up = _up;
            int stepWhole = _stepWhole;
            int stepFraction = _stepFraction;
            long last = _inputCount - 1 - (taps / 2);
            long firstOffset = 1 - (taps / 2) - _historyStart;
            long inputIndex = _nextInputIndex;
            int phase = _nextPhase;
            long remaining = Math.Min(destination.Length, limit - _outputCount);
            ReadOnlySpan<float> coefficients = _coefficients;
            ReadOnlySpan<float> history = _history;
            int written = 0;
            while (written < remaining && inputIndex <= last)
            {
                destination[written++] = Dot(history.Slice((int)(inputIndex + firstOffset), taps), coefficients.Slice(phase * taps, taps));
                inputIndex += stepWhole;
                phase += stepFraction;
                if (phase >= up)
                {
                    phase -= up;
                    inputIndex++;
                }
            }

            _outputCount += written;
            _nextInputIndex = inputIndex;
            _nextPhase = phase;
            return written;
        }

        // Drops history that no future output reads, keeping the window of the next output.
        private void Compact()
        {
            long keepFrom = _nextInputIndex - (_taps / 2) + 1;
            int drop = (int)Math.Min(_historyCount, Math.Max(0, keepFrom - _historyStart));
            if (drop == 0)
            {
                return;
            }

            _history.AsSpan(drop, _historyCount - drop).CopyTo(_history);
            _historyCount -= drop;
            _historyStart += drop;
        }

        private long ReadyAfter(long inputCount)
        {
            long lastStart = inputCount - (_taps / 2) - 1;
            return lastStart < 0 ? 0 : (((lastStart + 1) * _up) + _down - 1) / _down;
        }

        private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
        {
            int i = 0;
            float sum = 0;
            if (Vector.IsHardwareAccelerated && a.Length >= Vector<float>.Count)
            {
                ReadOnlySpan<Vector<float>> va = MemoryMarshal.Cast<float, Vector<float>>(a);
                ReadOnlySpan<Vector<float>> vb = MemoryMarshal.Cast<float, Vector<float>>(b);
                Vector<float> acc = Vector<float>.Zero;
                for (int v = 0; v < va.Length; v++)
                {
                    acc += va[v] * vb[v];
                }

                sum = Vector.Dot(acc, Vector<float>.One);
                i = va.Length * Vector<float>.Count;
            }

            for (; i < a.Length; i++)
            {
                sum += a[i] * b[i];
            }

            return sum;
        }

        private static short ToShort(float value)
        {
            float scaled = value * ShortScale;
            return scaled >= short.MaxValue ? short.MaxValue
                : scaled <= short.MinValue ? short.MinValue
                : (short)Math.Round(scaled, MidpointRounding.AwayFromZero);
        }

        private static int CheckRate(int rate, string name)
        {
            return Array.IndexOf(Rates, rate) >= 0
                ? rate
                : throw new ArgumentOutOfRangeException(name, rate, "Unsupported sample rate; supported: 8000, 16000, 22050, 24000, 32000, 44100, 48000 Hz.");
        }

        private static void EnsureRoom(long needed, int available, string paramName)
        {
            if (available < needed)
            {
                throw new ArgumentException($"The output span holds {available} samples; this call writes {needed}.", paramName);
            }
        }
    }
}
