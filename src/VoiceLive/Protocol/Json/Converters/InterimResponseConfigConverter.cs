using System;
using System.Collections.Generic;
using System.Text.Json;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Reads and writes <see cref="InterimResponseConfig"/> by its <c>type</c>.</summary>
    internal sealed class InterimResponseConfigConverter : UnionConverter<InterimResponseConfig>
    {
        private static readonly Dictionary<string, Type> s_types = new Dictionary<string, Type>(StringComparer.Ordinal)
        {
            ["static_interim_response"] = typeof(StaticInterimResponseConfig),
            ["llm_interim_response"] = typeof(LlmInterimResponseConfig),
        };

        protected override Type? Resolve(Utf8JsonReader reader)
        {
            string? discriminator = FindString(reader, "type");
            return discriminator is not null && s_types.TryGetValue(discriminator, out Type? concrete) ? concrete : null;
        }

        protected override InterimResponseConfig CreateUnknown(Utf8JsonReader reader, BinaryData rawJson)
            => new UnknownInterimResponseConfig(FindString(reader, "type") ?? string.Empty, rawJson);
    }
}
