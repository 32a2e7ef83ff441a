using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Reads and writes <see cref="McpApprovalPolicy"/>: a rule string or an object of per-tool name lists.</summary>
    internal sealed class McpApprovalPolicyConverter : JsonConverter<McpApprovalPolicy>
    {
        public override McpApprovalPolicy? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return new McpApprovalPolicy(new McpApprovalType(reader.GetString()!));
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"Expected a string or object for require_approval, found {reader.TokenType}.");
            }

            using JsonDocument document = JsonDocument.ParseValue(ref reader);
            JsonElement root = document.RootElement;
            return McpApprovalPolicy.PerTool(ReadNames(root, "never"), ReadNames(root, "always"));
        }

        public override void Write(Utf8JsonWriter writer, McpApprovalPolicy value, JsonSerializerOptions options)
        {
            if (value.Type is McpApprovalType type)
            {
                writer.WriteStringValue(type.ToString());
                return;
            }

            writer.WriteStartObject();
            WriteNames(writer, "never", value.NeverTools);
            WriteNames(writer, "always", value.AlwaysTools);
            writer.WriteEndObject();
        }

        // Protocol: the spec types each list as array<string>; OpenAI's shape {"tool_names":[...]} is accepted too.
        private static List<string>? ReadNames(JsonElement root, string name)
        {
            if (!root.TryGetProperty(name, out JsonElement list))
            {
                return null;
            }

            if (list.ValueKind == JsonValueKind.Object && list.TryGetProperty("tool_names", out JsonElement inner))
            {
                list = inner;
            }

            if (list.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var names = new List<string>();
            foreach (JsonElement item in list.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    names.Add(item.GetString()!);
                }
            }

            return names;
        }

        private static void WriteNames(Utf8JsonWriter writer, string name, IReadOnlyList<string>? names)
        {
            if (names is null)
            {
                return;
            }

            writer.WriteStartArray(name);
            foreach (string item in names)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }
    }
}
