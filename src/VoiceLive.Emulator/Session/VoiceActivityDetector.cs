using System;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// Energy-based server VAD on 10 ms frames. <c>threshold</c> (0–1) maps linearly onto a level in dBFS from
    /// -60 dB (0.0) to -10 dB (1.0), so the default 0.5 triggers at -35 dBFS. Speech starts after two loud frames in a
    /// row and stops after <c>silence_duration_ms</c> of quiet frames. Timestamps follow the service's documentation:
    /// <c>audio_start_ms</c> includes <c>prefix_padding_ms</c> and <c>audio_end_ms</c> includes the silence.
    /// </summary>
    internal sealed class VoiceActivityDetector
    {
        public const int FrameMs = 10;
        private const int FramesToStart = 2;

        private readonly double _level;
        private readonly int _prefixPaddingMs;
        private readonly int _silenceDurationMs;
        private int _loudRun;
        private double _candidateStartMs;
        private double _lastLoudEndMs;

        public VoiceActivityDetector(double threshold, int prefixPaddingMs, int silenceDurationMs)
        {
            _level = LevelFor(threshold);
            _prefixPaddingMs = prefixPaddingMs;
            _silenceDurationMs = silenceDurationMs;
        }

        public bool InSpeech { get; private set; }

        /// <summary>The RMS level (in PCM16 units) a frame must reach to count as speech.</summary>
        public static double LevelFor(double threshold)
        {
            double dbfs = -60 + (50 * Math.Clamp(threshold, 0, 1));
            return 32768 * Math.Pow(10, dbfs / 20);
        }

        /// <summary>Feeds one frame; returns the start time (with prefix padding) when speech starts, the end time when it stops.</summary>
        public (bool Started, bool Stopped, double AtMs) Process(ReadOnlySpan<short> frame, double frameStartMs)
        {
            double frameEndMs = frameStartMs + FrameMs;
            bool loud = Rms(frame) >= _level;
            if (!InSpeech)
            {
                if (!loud)
                {
                    _loudRun = 0;
                    return default;
                }

                if (_loudRun++ == 0)
                {
                    _candidateStartMs = frameStartMs;
                }

                if (_loudRun >= FramesToStart)
                {
                    InSpeech = true;
                    _lastLoudEndMs = frameEndMs;
                    return (true, false, Math.Max(0, _candidateStartMs - _prefixPaddingMs));
                }

                return default;
            }

            if (loud)
            {
                _lastLoudEndMs = frameEndMs;
                return default;
            }

            if (frameEndMs - _lastLoudEndMs >= _silenceDurationMs)
            {
                InSpeech = false;
                _loudRun = 0;
                return (false, true, frameEndMs);
            }

            return default;
        }

        public void Reset()
        {
            InSpeech = false;
            _loudRun = 0;
        }

        private static double Rms(ReadOnlySpan<short> frame)
        {
            double sum = 0;
            foreach (short s in frame)
            {
                sum += (double)s * s;
            }

            return frame.Length == 0 ? 0 : Math.Sqrt(sum / frame.Length);
        }
    }
}
