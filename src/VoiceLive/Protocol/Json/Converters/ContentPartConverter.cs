using System;
using System.Collections.Generic;
using System.Text.Json;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Reads and writes <see cref="ContentPart"/> by its <c>type</c>.</summary>
    internal sealed class ContentPartConverter : UnionConverter<ContentPart>
    {
        private static readonly Dictionary<string, Type> s_types = new Dictionary<string, Type>(StringComparer.Ordinal)
        {
            ["input_text"] = typeof(RequestTextContentPart),
            ["input_audio"] = typeof(RequestAudioContentPart),
            ["input_image"] = typeof(RequestImageContentPart),
            ["text"] = typeof(ResponseTextContentPart),
            ["audio"] = typeof(ResponseAudioContentPart),

            // api-version v1 (OpenAI GA) names of the same parts; they read into the same classes.
            ["output_text"] = typeof(ResponseTextContentPart),
            ["output_audio"] = typeof(ResponseAudioContentPart),
        };

        protected override Type? Resolve(Utf8JsonReader reader)
        {
            string? discriminator = FindString(reader, "type");
            return discriminator is not null && s_types.TryGetValue(discriminator, out Type? concrete) ? concrete : null;
        }

        protected override ContentPart CreateUnknown(Utf8JsonReader reader, BinaryData rawJson)
            => new UnknownContentPart(FindString(reader, "type") ?? string.Empty, rawJson);
    }
}
