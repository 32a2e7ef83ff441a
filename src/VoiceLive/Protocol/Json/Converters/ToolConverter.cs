using System;
using System.Collections.Generic;
using System.Text.Json;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Reads and writes <see cref="Tool"/> by its <c>type</c>.</summary>
    internal sealed class ToolConverter : UnionConverter<Tool>
    {
        private static readonly Dictionary<string, Type> s_types = new Dictionary<string, Type>(StringComparer.Ordinal)
        {
            ["function"] = typeof(FunctionTool),
            ["mcp"] = typeof(McpServer),
            ["foundry_agent"] = typeof(FoundryAgentTool),
        };

        protected override Type? Resolve(Utf8JsonReader reader)
        {
            string? discriminator = FindString(reader, "type");
            return discriminator is not null && s_types.TryGetValue(discriminator, out Type? concrete) ? concrete : null;
        }

        protected override Tool CreateUnknown(Utf8JsonReader reader, BinaryData rawJson)
            => new UnknownTool(FindString(reader, "type") ?? string.Empty, rawJson);
    }
}
