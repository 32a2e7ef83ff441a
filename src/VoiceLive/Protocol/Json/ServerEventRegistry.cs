using System.Text.Json.Serialization.Metadata;

namespace VoiceLive
{
    /// <summary>Maps each known server wire type to the metadata that deserializes it.</summary>
    internal static partial class ServerEventRegistry
    {
        /// <summary>The type info for a wire type, or null when this version does not know the type.</summary>
        public static JsonTypeInfo? GetTypeInfo(string wireType)
            => s_types.TryGetValue(wireType, out JsonTypeInfo? info) ? info : null;
    }
}
