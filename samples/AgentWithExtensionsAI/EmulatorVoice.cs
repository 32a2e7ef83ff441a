using VoiceLive.Emulator;

namespace VoiceLive.Samples
{
    /// <summary>The emulator's deterministic speech: audio it transcribes back exactly (a real service gets a recording instead).</summary>
    internal static class EmulatorVoice
    {
        public static byte[] Say(string text) => EmulatorAudio.ToBytes(EmulatorSpeech.Synthesize(text, 24000));
    }
}
