using System.Text.Json.Nodes;

namespace VoiceLive.Protocol.Json
{
    /// <summary>
    /// The assistant content types of conversation items: <c>text</c>/<c>audio</c> in the dated api-versions,
    /// <c>output_text</c>/<c>output_audio</c> in <c>v1</c>. Reading accepts both (the content part converters map the
    /// <c>v1</c> names to the same classes); this rewrites items the client sends under <c>v1</c>, and the emulator's.
    /// </summary>
    internal static class V1ContentShape
    {
        /// <summary>Renames the assistant content types of every item in the array to the <c>v1</c> names.</summary>
        public static void ToV1Items(JsonArray items)
        {
            foreach (JsonNode? item in items)
            {
                ToV1Item(item as JsonObject);
            }
        }

        /// <summary>Renames the assistant content types of one item to the <c>v1</c> names.</summary>
        public static void ToV1Item(JsonObject? item) => Rename(item, toV1: true);

        /// <summary>Renames the <c>v1</c> assistant content types of one item to the dated names.</summary>
        public static void FromV1Item(JsonObject? item) => Rename(item, toV1: false);

        private static void Rename(JsonObject? item, bool toV1)
        {
            if (item?["content"] is not JsonArray content)
            {
                return;
            }

            foreach (JsonNode? node in content)
            {
                if (node is JsonObject part && part["type"] is JsonValue typeValue && typeValue.TryGetValue(out string? type))
                {
                    string? renamed = (toV1, type) switch
                    {
                        (true, "text") => "output_text",
                        (true, "audio") => "output_audio",
                        (false, "output_text") => "text",
                        (false, "output_audio") => "audio",
                        _ => null,
                    };
                    if (renamed is not null)
                    {
                        part["type"] = renamed;
                    }
                }
            }
        }
    }
}
