using Microsoft.Extensions.AI;

namespace VoiceLive
{
    /// <summary>A response's <see cref="TokenUsage"/> → MEAI <see cref="UsageDetails"/>; image tokens, which MEAI has no field for, go in <see cref="UsageDetails.AdditionalCounts"/>.</summary>
    internal static class UsageMapper
    {
        /// <summary>The key of input image tokens in <see cref="UsageDetails.AdditionalCounts"/>.</summary>
        public const string InputImageTokens = "input_image_tokens";

        public static UsageDetails? ToUsage(TokenUsage? usage)
        {
            if (usage is null)
            {
                return null;
            }

            var details = new UsageDetails
            {
                InputTokenCount = usage.InputTokens,
                OutputTokenCount = usage.OutputTokens,
                TotalTokenCount = usage.TotalTokens,
            };

            if (usage.InputTokenDetails is { } input)
            {
                details.InputTextTokenCount = input.TextTokens;
                details.InputAudioTokenCount = input.AudioTokens;
                details.CachedInputTokenCount = input.CachedTokens;
                if (input.ImageTokens > 0)
                {
                    details.AdditionalCounts = new AdditionalPropertiesDictionary<long> { [InputImageTokens] = input.ImageTokens };
                }
            }

            if (usage.OutputTokenDetails is { } output)
            {
                details.OutputTextTokenCount = output.TextTokens;
                details.OutputAudioTokenCount = output.AudioTokens;
                details.ReasoningTokenCount = output.ReasoningTokens;
            }

            return details;
        }
    }
}
