using System;
using System.IO;
using Xunit;

namespace VoiceLive.Emulator.Tests
{
    public class SpeechTests
    {
        [Theory]
        [InlineData("What's the weather like in Paris today?", 24000)]
        [InlineData("Hello, world!", 16000)]
        [InlineData("You said: \"héllo\" 👋 — ok.", 8000)]
        public void Synthesize_then_transcribe_round_trips(string text, int rate)
        {
            short[] pcm = EmulatorSpeech.Synthesize(text, rate);

            Assert.Equal(EmulatorSpeech.GetDurationMs(text) * rate / 1000, pcm.Length);
            Assert.Equal(text, EmulatorSpeech.Transcribe(pcm, rate));
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Round_trip_survives_g711(bool muLaw)
        {
            const string text = "Weather in Paris, please.";
            short[] pcm = EmulatorSpeech.Synthesize(text, 8000);
            short[] decoded = muLaw
                ? EmulatorAudio.DecodeMuLaw(EmulatorAudio.EncodeMuLaw(pcm))
                : EmulatorAudio.DecodeALaw(EmulatorAudio.EncodeALaw(pcm));

            Assert.Equal(text, EmulatorSpeech.Transcribe(decoded, 8000));
        }

        [Fact]
        public void Round_trip_survives_resampling_from_24k_to_8k()
        {
            const string text = "resampled";
            short[] pcm = EmulatorAudio.Resample(EmulatorSpeech.Synthesize(text, 24000), 24000, 8000);

            Assert.Equal(text, EmulatorSpeech.Transcribe(pcm, 8000));
        }

        [Fact]
        public void Two_utterances_separated_by_silence_are_joined_with_a_space()
        {
            short[] first = EmulatorSpeech.Synthesize("one", 16000);
            short[] second = EmulatorSpeech.Synthesize("two", 16000);
            var both = new short[first.Length + second.Length];
            first.CopyTo(both, 0);
            second.CopyTo(both, first.Length);

            Assert.Equal("one two", EmulatorSpeech.Transcribe(both, 16000));
        }

        [Fact]
        public void Silence_transcribes_to_empty()
        {
            Assert.Equal(string.Empty, EmulatorSpeech.Transcribe(EmulatorSpeech.Silence(1000, 24000), 24000));
        }

        [Fact]
        public void Real_speech_becomes_a_placeholder_with_its_duration()
        {
            short[] pcm = WavFixture.ReadPcm16("weather-paris-24k.wav", out int rate);

            string transcript = EmulatorSpeech.Transcribe(pcm, rate);

            Assert.StartsWith("[unrecognized speech ", transcript, StringComparison.Ordinal);
            Assert.EndsWith(" s]", transcript, StringComparison.Ordinal);
            double seconds = double.Parse(transcript.AsSpan(21, transcript.Length - 24), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(seconds, 2.0, 2.8);
        }

        [Fact]
        public void G711_codecs_are_close_to_identity()
        {
            short[] ramp = new short[65536];
            for (int i = 0; i < ramp.Length; i++)
            {
                ramp[i] = (short)(i - 32768);
            }

            short[] mu = EmulatorAudio.DecodeMuLaw(EmulatorAudio.EncodeMuLaw(ramp));
            short[] a = EmulatorAudio.DecodeALaw(EmulatorAudio.EncodeALaw(ramp));
            for (int i = 0; i < ramp.Length; i++)
            {
                // Companding error is at most half a step of the coarsest segment (and ~3% of the value).
                Assert.InRange(Math.Abs(mu[i] - ramp[i]), 0, Math.Max(64, Math.Abs((int)ramp[i]) / 16 + 1));
                Assert.InRange(Math.Abs(a[i] - ramp[i]), 0, Math.Max(64, Math.Abs((int)ramp[i]) / 16 + 1));
            }

            Assert.Equal(0xFF, EmulatorAudio.EncodeMuLaw(new short[] { 0 })[0]);
            Assert.Equal(0xD5, EmulatorAudio.EncodeALaw(new short[] { 0 })[0]);
        }
    }
}
