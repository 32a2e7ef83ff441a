using System.Collections.Generic;
using System.IO;
using VoiceLive.Emulator;

namespace VoiceLive.BrowserTests
{
    /// <summary>
    /// The WAV that Chromium's fake microphone plays (<c>--use-file-for-fake-audio-capture</c>): a RIFF file of
    /// 16-bit PCM, mono, 48 kHz, which Chromium's WAV reader takes as is, made of the emulator's own synthetic speech
    /// so that the emulator transcribes it exactly. Chromium converts it to the page's AudioContext rate, from which
    /// the page's capture worklet resamples to 24 kHz.
    /// </summary>
    public sealed class FakeMicrophoneRecording
    {
        public const int SampleRate = 48_000;

        private readonly List<short> _samples = new List<short>();

        /// <summary>Appends the utterance, with the emulator's own leading and trailing silence.</summary>
        public void Say(string text) => _samples.AddRange(EmulatorSpeech.Synthesize(text, SampleRate));

        public void Pause(int milliseconds) => _samples.AddRange(EmulatorSpeech.Silence(milliseconds, SampleRate));

        public void Save(string path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            WavFile.Write(path, new WavAudio(EmulatorAudio.ToBytes(_samples.ToArray()), SampleRate));
        }
    }
}
