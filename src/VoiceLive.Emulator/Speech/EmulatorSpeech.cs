using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// The emulator's deterministic "voice" and "ears", which are exact inverses: <see cref="Synthesize"/> turns
    /// text into audible two-tone symbols (one per 4-bit nibble of the UTF-8 text, all tones between 600 Hz and
    /// 2.5 kHz so they survive 8 kHz and G.711), and <see cref="Transcribe"/> decodes such audio back to exactly
    /// the same text with Goertzel filters. A test "says" a sentence by appending <c>Synthesize(text, rate)</c> to the
    /// input buffer and gets that sentence back as the user transcript; the assistant's <c>response.audio.delta</c>
    /// audio transcribes to its <c>response.audio_transcript</c>. Audio that is not made of these symbols (real
    /// speech) transcribes to <c>[unrecognized speech N.N s]</c>.
    /// </summary>
    public static class EmulatorSpeech
    {
        /// <summary>Silence before the first symbol of a synthesized utterance, in milliseconds.</summary>
        public const int LeadingSilenceMs = 200;

        /// <summary>Silence after the last symbol of a synthesized utterance, in milliseconds.</summary>
        public const int TrailingSilenceMs = 200;

        /// <summary>Length of one symbol (one 4-bit nibble): a tone followed by a short gap, in milliseconds.</summary>
        public const int SymbolMs = 40;

        /// <summary>Length of the tone part of a symbol, in milliseconds; the rest of the symbol is silence.</summary>
        public const int ToneMs = 30;

        private const double ToneAmplitude = 0.25 * short.MaxValue;
        private const int RampMs = 2;

        internal static readonly double[] LowTones = { 650, 850, 1050, 1250 };
        internal static readonly double[] HighTones = { 1550, 1850, 2150, 2450 };

        /// <summary>
        /// Synthesizes <paramref name="text"/> as mono PCM16 at <paramref name="sampleRate"/>: <see cref="LeadingSilenceMs"/>
        /// of silence, two symbols per UTF-8 byte, then <see cref="TrailingSilenceMs"/> of silence.
        /// </summary>
        /// <param name="text">The text to say; any Unicode text round-trips.</param>
        /// <param name="sampleRate">The sample rate in Hz (8000 or more; 8000, 16000 and 24000 are what the service uses).</param>
        /// <returns>The samples.</returns>
        public static short[] Synthesize(string text, int sampleRate)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (sampleRate < 8000)
            {
                throw new ArgumentOutOfRangeException(nameof(sampleRate), "The sample rate must be at least 8000 Hz.");
            }

            byte[] utf8 = Encoding.UTF8.GetBytes(text);
            var samples = new short[MsToSamples(GetDurationMs(text), sampleRate)];
            int offset = MsToSamples(LeadingSilenceMs, sampleRate);
            int symbolLength = MsToSamples(SymbolMs, sampleRate);
            foreach (byte b in utf8)
            {
                WriteSymbol(samples.AsSpan(offset), b >> 4, sampleRate);
                offset += symbolLength;
                WriteSymbol(samples.AsSpan(offset), b & 0x0F, sampleRate);
                offset += symbolLength;
            }

            return samples;
        }

        /// <summary>The length of <c>Synthesize(text, rate)</c> in milliseconds, silences included.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The duration in milliseconds.</returns>
        public static int GetDurationMs(string text)
        {
            return LeadingSilenceMs + GetSpeechDurationMs(text) + TrailingSilenceMs;
        }

        /// <summary>The length of the audible part of <c>Synthesize(text, rate)</c> (symbols only), in milliseconds.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The duration in milliseconds.</returns>
        public static int GetSpeechDurationMs(string text)
        {
            return Encoding.UTF8.GetByteCount(text ?? throw new ArgumentNullException(nameof(text))) * 2 * SymbolMs;
        }

        /// <summary>Returns <paramref name="durationMs"/> of digital silence at <paramref name="sampleRate"/>.</summary>
        /// <param name="durationMs">The duration in milliseconds.</param>
        /// <param name="sampleRate">The sample rate in Hz.</param>
        /// <returns>The zero samples.</returns>
        public static short[] Silence(int durationMs, int sampleRate)
        {
            return new short[MsToSamples(durationMs, sampleRate)];
        }

        /// <summary>
        /// Decodes audio produced by <see cref="Synthesize"/> back to its text. Several utterances separated by
        /// silence are joined with a space; silence alone gives an empty string; audio that is not made of the
        /// emulator's symbols gives <c>[unrecognized speech N.N s]</c> with the length of its audible part.
        /// </summary>
        /// <param name="pcm">Mono PCM16 samples.</param>
        /// <param name="sampleRate">Their sample rate in Hz.</param>
        /// <returns>The transcript.</returns>
        public static string Transcribe(ReadOnlySpan<short> pcm, int sampleRate)
        {
            if (sampleRate < 8000)
            {
                throw new ArgumentOutOfRangeException(nameof(sampleRate), "The sample rate must be at least 8000 Hz.");
            }

            var detector = new SymbolDecoder(pcm, sampleRate);
            return detector.Decode();
        }

        /// <summary>Formats the placeholder transcript used for audio the decoder does not recognise.</summary>
        internal static string Unrecognized(double seconds)
        {
            return "[unrecognized speech " + seconds.ToString("0.0", CultureInfo.InvariantCulture) + " s]";
        }

        /// <summary>
        /// Start offsets in milliseconds (from the start of the synthesized audio) of each word of <paramref name="text"/>
        /// as split by <see cref="SplitWords"/>; used to interleave transcript deltas with the audio that says them.
        /// </summary>
        internal static List<(string Word, int StartMs)> WordTimings(string text)
        {
            var result = new List<(string, int)>();
            int byteOffset = 0;
            foreach (string word in SplitWords(text))
            {
                result.Add((word, LeadingSilenceMs + (byteOffset * 2 * SymbolMs)));
                byteOffset += Encoding.UTF8.GetByteCount(word);
            }

            return result;
        }

        /// <summary>Splits text into deltas that concatenate back to it: each word keeps its following spaces.</summary>
        internal static List<string> SplitWords(string text)
        {
            var words = new List<string>();
            int start = 0;
            for (int i = 1; i <= text.Length; i++)
            {
                bool boundary = i == text.Length || (text[i] != ' ' && text[i - 1] == ' ');
                if (boundary)
                {
                    words.Add(text.Substring(start, i - start));
                    start = i;
                }
            }

            return words;
        }

        internal static int MsToSamples(int ms, int sampleRate)
        {
            return (int)((long)ms * sampleRate / 1000);
        }

        private static void WriteSymbol(Span<short> target, int nibble, int sampleRate)
        {
            double low = LowTones[nibble >> 2];
            double high = HighTones[nibble & 3];
            int toneLength = MsToSamples(ToneMs, sampleRate);
            int ramp = MsToSamples(RampMs, sampleRate);
            for (int i = 0; i < toneLength && i < target.Length; i++)
            {
                double t = (double)i / sampleRate;
                double envelope = Math.Min(1.0, Math.Min((double)(i + 1) / ramp, (double)(toneLength - i) / ramp));
                double value = ToneAmplitude * envelope * (Math.Sin(2 * Math.PI * low * t) + Math.Sin(2 * Math.PI * high * t));
                target[i] = (short)Math.Round(value);
            }
        }
    }
}
