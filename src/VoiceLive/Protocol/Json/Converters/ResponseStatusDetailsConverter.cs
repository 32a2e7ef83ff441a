using System;
using System.Collections.Generic;
using System.Text.Json;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Reads and writes <see cref="ResponseStatusDetails"/> by its <c>type</c>.</summary>
    internal sealed class ResponseStatusDetailsConverter : UnionConverter<ResponseStatusDetails>
    {
        private static readonly Dictionary<string, Type> s_types = new Dictionary<string, Type>(StringComparer.Ordinal)
        {
            ["cancelled"] = typeof(ResponseCancelledDetails),
            ["incomplete"] = typeof(ResponseIncompleteDetails),
            ["failed"] = typeof(ResponseFailedDetails),
        };

        protected override Type? Resolve(Utf8JsonReader reader)
        {
            string? discriminator = FindString(reader, "type");
            return discriminator is not null && s_types.TryGetValue(discriminator, out Type? concrete) ? concrete : null;
        }

        protected override ResponseStatusDetails CreateUnknown(Utf8JsonReader reader, BinaryData rawJson)
            => new UnknownResponseStatusDetails(FindString(reader, "type") ?? string.Empty, rawJson);
    }
}
