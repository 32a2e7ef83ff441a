using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Reads and writes <see cref="ToolChoice"/>: a keyword string, a bare function name, or a choice object.</summary>
    internal sealed class ToolChoiceConverter : JsonConverter<ToolChoice>
    {
        public override ToolChoice? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                string text = reader.GetString()!;
                var literal = new ToolChoiceLiteral(text);
                if (literal == ToolChoiceLiteral.Auto || literal == ToolChoiceLiteral.None || literal == ToolChoiceLiteral.Required)
                {
                    return new ToolChoice(literal);
                }

                // Protocol (docs): tool_choice may be a bare function name.
                return ToolChoice.FromBareString(text);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"Expected a string or object for tool_choice, found {reader.TokenType}.");
            }

            Utf8JsonReader copy = reader;
            BinaryData raw = JsonRaw.ReadValue(ref reader);
            using JsonDocument document = JsonDocument.ParseValue(ref copy);
            JsonElement root = document.RootElement;
            if (root.TryGetProperty("type", out JsonElement type) && type.ValueKind == JsonValueKind.String && type.ValueEquals("function")
                && root.TryGetProperty("name", out JsonElement name) && name.ValueKind == JsonValueKind.String)
            {
                return new ToolChoice(new ToolChoiceFunctionSelection(name.GetString()!));
            }

            return ToolChoice.FromRaw(raw);
        }

        public override void Write(Utf8JsonWriter writer, ToolChoice value, JsonSerializerOptions options)
        {
            if (value.Literal is ToolChoiceLiteral literal)
            {
                writer.WriteStringValue(literal.ToString());
            }
            else if (value.FunctionSelection is ToolChoiceFunctionSelection selection)
            {
                if (value.IsBareFunctionName)
                {
                    writer.WriteStringValue(selection.Name);
                }
                else
                {
                    JsonSerializer.Serialize(writer, selection, options.GetTypeInfo(typeof(ToolChoiceFunctionSelection)));
                }
            }
            else if (value.RawJson is BinaryData raw)
            {
                JsonRaw.WriteValue(writer, raw);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
