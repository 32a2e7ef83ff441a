namespace VoiceLive.Protocol.Json
{
    /// <summary>Bounds applied to every frame the library reads.</summary>
    internal static class JsonLimits
    {
        // Protocol events nest about eight levels deep (session → tools → parameters schema); 64 leaves room for
        // deep JSON-schema tool parameters while stopping hostile nesting before it costs stack or time.
        public const int MaxDepth = 64;
    }
}
