using System;
using System.Collections.Generic;
using System.Text.Json;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Reads and writes <see cref="Voice"/> by its <c>type</c>.</summary>
    internal sealed class VoiceConverter : UnionConverter<Voice>
    {
        private static readonly Dictionary<string, Type> s_types = new Dictionary<string, Type>(StringComparer.Ordinal)
        {
            ["openai"] = typeof(OpenAIVoice),
            ["azure-standard"] = typeof(AzureStandardVoice),
            ["azure-custom"] = typeof(AzureCustomVoice),
            ["azure-personal"] = typeof(AzurePersonalVoice),
            ["avatar-voice-sync"] = typeof(AzureAvatarVoiceSyncVoice),
            ["azure-realtime-native"] = typeof(AzureRealtimeNativeVoice),
        };

        // Protocol: voice may be a plain string, an OpenAI voice name (the legacy form).
        protected override Voice? ReadNonObject(ref Utf8JsonReader reader, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return new OpenAIVoice(new OpenAIVoiceName(reader.GetString()!)) { IsStringForm = true };
            }

            return base.ReadNonObject(ref reader, options);
        }

        protected override bool TryWriteSpecial(Utf8JsonWriter writer, Voice value)
        {
            if (value is OpenAIVoice { IsStringForm: true } openAI)
            {
                writer.WriteStringValue(openAI.Name.ToString());
                return true;
            }

            return false;
        }

        protected override Type? Resolve(Utf8JsonReader reader)
        {
            string? discriminator = FindString(reader, "type");
            return discriminator is not null && s_types.TryGetValue(discriminator, out Type? concrete) ? concrete : null;
        }

        protected override Voice CreateUnknown(Utf8JsonReader reader, BinaryData rawJson)
            => new UnknownVoice(FindString(reader, "type") ?? string.Empty, rawJson);
    }
}
