using System.Text.Json;
using Microsoft.Extensions.AI;

namespace VoiceLive
{
    /// <summary>MEAI's JSON settings (its contracts for AIContent, JsonElement and common types) without indentation: what goes to the model costs tokens.</summary>
    internal static class ProviderJson
    {
        public static readonly JsonSerializerOptions Options = CreateOptions();

        private static JsonSerializerOptions CreateOptions()
        {
            var options = new JsonSerializerOptions(AIJsonUtilities.DefaultOptions) { WriteIndented = false };
            options.MakeReadOnly();
            return options;
        }
    }
}
