using System;
using System.Collections.Generic;
using System.Text.Json;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Reads and writes <see cref="MessageContentPart"/> by its <c>type</c>.</summary>
    internal sealed class MessageContentPartConverter : UnionConverter<MessageContentPart>
    {
        private static readonly Dictionary<string, Type> s_types = new Dictionary<string, Type>(StringComparer.Ordinal)
        {
            ["input_text"] = typeof(InputTextContentPart),
            ["input_audio"] = typeof(InputAudioContentPart),
            ["input_image"] = typeof(InputImageContentPart),
            ["text"] = typeof(OutputTextContentPart),
            ["output_text"] = typeof(OutputTextContentPart), // api-version v1 (OpenAI GA) name
        };

        protected override Type? Resolve(Utf8JsonReader reader)
        {
            string? discriminator = FindString(reader, "type");
            return discriminator is not null && s_types.TryGetValue(discriminator, out Type? concrete) ? concrete : null;
        }

        protected override MessageContentPart CreateUnknown(Utf8JsonReader reader, BinaryData rawJson)
            => new UnknownMessageContentPart(FindString(reader, "type") ?? string.Empty, rawJson);
    }
}
