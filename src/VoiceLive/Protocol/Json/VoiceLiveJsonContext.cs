using System.Text.Json;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>
    /// The source-generated System.Text.Json metadata for every event and model (trim- and AOT-friendly).
    /// The [JsonSerializable] entries are split across partial files by concern: models and events.
    /// </summary>
    // Liberal in what we accept: comments and trailing commas appear in documented examples, numbers sometimes
    // arrive quoted; unknown members are skipped. Strict in what we send: nulls are omitted unless a type's
    // converter writes one on purpose (turn_detection: null).
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = JsonLimits.MaxDepth,
        // Metadata only: the fast-path serializers bind nested values to this context's own options, which cannot see
        // the other context; everything must resolve through the combined VoiceLiveJson.Options.
        GenerationMode = JsonSourceGenerationMode.Metadata)]
    internal sealed partial class VoiceLiveJsonContext : JsonSerializerContext
    {
    }
}
