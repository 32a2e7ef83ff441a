using System;
using System.Text.Json;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Copies JSON values in and out of <see cref="BinaryData"/> without interpreting them.</summary>
    internal static class JsonRaw
    {
        /// <summary>Reads the current value (object, array or scalar) and returns its JSON text.</summary>
        public static BinaryData ReadValue(ref Utf8JsonReader reader)
        {
            using JsonDocument document = JsonDocument.ParseValue(ref reader);
            return BinaryData.FromString(document.RootElement.GetRawText());
        }

        /// <summary>Writes JSON text as a value; it must be one valid JSON value.</summary>
        public static void WriteValue(Utf8JsonWriter writer, BinaryData value)
        {
            writer.WriteRawValue(value.ToMemory().Span, skipInputValidation: false);
        }

        /// <summary>
        /// The string property <paramref name="name"/> of a JSON object held as raw JSON; when the JSON is not such an
        /// object and <paramref name="fallbackToText"/> is set, a JSON string's value or else the raw text.
        /// </summary>
        public static string? ReadStringProperty(BinaryData? json, string name, bool fallbackToText)
        {
            if (json is null)
            {
                return null;
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(json.ToMemory());
                JsonElement root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object
                    && root.TryGetProperty(name, out JsonElement value)
                    && value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }

                if (!fallbackToText)
                {
                    return null;
                }

                return root.ValueKind == JsonValueKind.String ? root.GetString() : root.GetRawText();
            }
            catch (JsonException)
            {
                // Raw data built in code may not be JSON; it is still the best description of the error there is.
                return fallbackToText ? json.ToString() : null;
            }
        }
    }
}
