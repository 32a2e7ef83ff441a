namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Protocol: <c>"input_audio_echo_cancellation": null</c> turns the feature off; it reads as <see cref="AudioEchoCancellation.Disabled"/>.</summary>
    internal sealed class EchoCancellationSettingConverter : NullMeansDisabledConverter<AudioEchoCancellation>
    {
        protected override AudioEchoCancellation Disabled => AudioEchoCancellation.Disabled;
    }
}
