using System;
using System.Collections.Generic;
using System.Text.Json;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Reads and writes <see cref="TurnDetection"/> by its <c>type</c>.</summary>
    internal sealed class TurnDetectionConverter : UnionConverter<TurnDetection>
    {
        private static readonly Dictionary<string, Type> s_types = new Dictionary<string, Type>(StringComparer.Ordinal)
        {
            ["server_vad"] = typeof(ServerVad),
            ["semantic_vad"] = typeof(SemanticVad),
            ["azure_semantic_vad"] = typeof(AzureSemanticVad),
            ["azure_semantic_vad_en"] = typeof(AzureSemanticVadEn),
            ["azure_semantic_vad_multilingual"] = typeof(AzureSemanticVadMultilingual),
        };

        // Protocol: "turn_detection": null turns server turn detection off, which differs from leaving the field out.
        public override bool HandleNull => true;

        protected override TurnDetection? ReadNonObject(ref Utf8JsonReader reader, JsonSerializerOptions options)
            => reader.TokenType == JsonTokenType.Null ? TurnDetection.Disabled : base.ReadNonObject(ref reader, options);

        protected override bool TryWriteSpecial(Utf8JsonWriter writer, TurnDetection value)
        {
            if (ReferenceEquals(value, TurnDetection.Disabled))
            {
                writer.WriteNullValue();
                return true;
            }

            return false;
        }

        protected override Type? Resolve(Utf8JsonReader reader)
        {
            string? discriminator = FindString(reader, "type");
            return discriminator is not null && s_types.TryGetValue(discriminator, out Type? concrete) ? concrete : null;
        }

        protected override TurnDetection CreateUnknown(Utf8JsonReader reader, BinaryData rawJson)
            => new UnknownTurnDetection(FindString(reader, "type") ?? string.Empty, rawJson);
    }
}
