namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Protocol: <c>"input_audio_noise_reduction": null</c> turns the feature off; it reads as <see cref="AudioNoiseReduction.Disabled"/>.</summary>
    internal sealed class NoiseReductionSettingConverter : NullMeansDisabledConverter<AudioNoiseReduction>
    {
        protected override AudioNoiseReduction Disabled => AudioNoiseReduction.Disabled;
    }
}
