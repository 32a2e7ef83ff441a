namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Protocol: <c>"input_audio_transcription": null</c> turns the feature off; it reads as <see cref="AudioInputTranscriptionOptions.Disabled"/>.</summary>
    internal sealed class TranscriptionSettingConverter : NullMeansDisabledConverter<AudioInputTranscriptionOptions>
    {
        protected override AudioInputTranscriptionOptions Disabled => AudioInputTranscriptionOptions.Disabled;
    }
}
