using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Reads and writes <see cref="SessionTracing"/>: the string <c>auto</c> or a configuration object.</summary>
    internal sealed class SessionTracingConverter : JsonConverter<SessionTracing>
    {
        private static readonly RawJsonDictionaryConverter s_metadata = new RawJsonDictionaryConverter();

        public override SessionTracing? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                string value = reader.GetString()!;
                return value == "auto"
                    ? SessionTracing.CreateAuto()
                    : throw new JsonException($"Unknown tracing mode '{value}'.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"Expected \"auto\" or an object for tracing, found {reader.TokenType}.");
            }

            var tracing = new SessionTracing();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                string name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case "workflow_name" when reader.TokenType == JsonTokenType.String:
                        tracing.WorkflowName = reader.GetString();
                        break;
                    case "group_id" when reader.TokenType == JsonTokenType.String:
                        tracing.GroupId = reader.GetString();
                        break;
                    case "metadata" when reader.TokenType == JsonTokenType.StartObject:
                        tracing.Metadata = s_metadata.Read(ref reader, typeof(IDictionary<string, BinaryData>), options);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            return tracing;
        }

        public override void Write(Utf8JsonWriter writer, SessionTracing value, JsonSerializerOptions options)
        {
            if (value.IsAuto)
            {
                writer.WriteStringValue("auto");
                return;
            }

            writer.WriteStartObject();
            if (value.WorkflowName is not null)
            {
                writer.WriteString("workflow_name", value.WorkflowName);
            }

            if (value.GroupId is not null)
            {
                writer.WriteString("group_id", value.GroupId);
            }

            if (value.Metadata.Count > 0)
            {
                writer.WritePropertyName("metadata");
                s_metadata.Write(writer, value.Metadata, options);
            }

            writer.WriteEndObject();
        }
    }
}
