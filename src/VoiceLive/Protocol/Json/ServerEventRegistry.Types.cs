using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;

namespace VoiceLive
{
    internal static partial class ServerEventRegistry
    {
        // One frozen lookup from wire type to metadata: adding an event adds one line here.
        private static readonly FrozenDictionary<string, JsonTypeInfo> s_types = new Dictionary<string, JsonTypeInfo>
        {
            [WireNames.ResponseAudioDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAudioDelta))!,
        }.ToFrozenDictionary();

        /// <summary>Every server wire type this version maps to a class.</summary>
        public static IEnumerable<string> KnownTypes => s_types.Keys;
    }
}
