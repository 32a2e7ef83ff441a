using System;
using System.Collections.Generic;
using System.Text.Json;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Reads and writes <see cref="EouDetection"/> by its <c>model</c>.</summary>
    internal sealed class EouDetectionConverter : UnionConverter<EouDetection>
    {
        private static readonly Dictionary<string, Type> s_types = new Dictionary<string, Type>(StringComparer.Ordinal)
        {
            ["semantic_detection_v1"] = typeof(AzureSemanticDetection),
            ["semantic_detection_v1_en"] = typeof(AzureSemanticDetectionEn),
            ["semantic_detection_v1_multilingual"] = typeof(AzureSemanticDetectionMultilingual),
            ["smart_end_of_turn_detection"] = typeof(SmartEndOfTurnDetection),
        };

        protected override Type? Resolve(Utf8JsonReader reader)
        {
            string? discriminator = FindString(reader, "model");
            return discriminator is not null && s_types.TryGetValue(discriminator, out Type? concrete) ? concrete : null;
        }

        protected override EouDetection CreateUnknown(Utf8JsonReader reader, BinaryData rawJson)
            => new UnknownEouDetection(FindString(reader, "model") ?? string.Empty, rawJson);
    }
}
