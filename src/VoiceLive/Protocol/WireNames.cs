namespace VoiceLive
{
    /// <summary>The wire <c>type</c> strings of every server and client event (PROTOCOL.md §2–§3).</summary>
    internal static partial class WireNames
    {
        public const string ResponseAudioDelta = "response.audio.delta";
        public const string InputAudioBufferAppend = "input_audio_buffer.append";
    }
}
