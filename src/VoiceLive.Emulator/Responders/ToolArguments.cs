using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// Builds a call's <c>arguments</c> from the function's <c>parameters</c> schema and the words of the request, so
    /// that the JSON matches the schema where it can: place-like strings (<c>location</c>, <c>city</c>, …) get the
    /// place after in/at/for/near; a string with an <c>enum</c> gets the value the request names; other required
    /// strings (or the only property) get the request's text; required numbers get the first number in it (else 0);
    /// required booleans <c>true</c>, arrays <c>[]</c>, objects <c>{}</c>. Optional non-place properties are left out.
    /// </summary>
    internal static class ToolArguments
    {
        private static readonly HashSet<string> PlaceParameters = new(StringComparer.OrdinalIgnoreCase)
        {
            "location", "city", "place", "destination", "country", "region", "address", "where", "town",
        };

        private static readonly Regex CapitalizedPlace = new(@"\b(?:in|at|for|near|to|from)\s+(\p{Lu}[\p{L}'\-]*(?:\s+\p{Lu}[\p{L}'\-]*)*)", RegexOptions.CultureInvariant);
        private static readonly Regex AnyPlace = new(@"\b(?:in|at|for|near)\s+([\p{L}'\-]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex Number = new(@"-?\d+(?:\.\d+)?", RegexOptions.CultureInvariant);
        private static readonly Regex Words = new(@"[\p{L}\p{Nd}_\-]+", RegexOptions.CultureInvariant);

        /// <summary>The arguments JSON for one call made for <paramref name="request"/> (a part of the whole utterance <paramref name="heard"/>).</summary>
        public static string Build(JsonObject function, string request, string heard)
        {
            var arguments = new JsonObject();
            if (function["parameters"] is JsonObject parameters && parameters["properties"] is JsonObject properties)
            {
                var required = new HashSet<string>((parameters["required"] as JsonArray)?.Select(r => r is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty) ?? Enumerable.Empty<string>());
                foreach (var (name, schema) in properties)
                {
                    JsonNode? value = ValueFor(name, schema as JsonObject, required.Contains(name) || properties.Count == 1, request.Trim(), heard);
                    if (value is not null)
                    {
                        arguments[name] = value;
                    }
                }
            }

            return arguments.ToJsonString(EmulatorJson.Options);
        }

        private static JsonNode? ValueFor(string name, JsonObject? schema, bool required, string request, string heard)
        {
            string? type = TypeOf(schema);
            if (schema?["enum"] is JsonArray choices && choices.Count > 0)
            {
                var spoken = new HashSet<string>(Words.Matches(request).Select(m => m.Value), StringComparer.OrdinalIgnoreCase);
                JsonNode? named = choices.FirstOrDefault(c => c is JsonValue v && v.TryGetValue(out string? s) && spoken.Contains(s));
                return named?.DeepClone() ?? (required ? choices[0]?.DeepClone() : null);
            }

            switch (type)
            {
                case null or "string":
                    if (IsPlace(name))
                    {
                        return ExtractPlace(request) ?? ExtractPlace(heard) ?? request;
                    }

                    return required ? request : null;
                case "integer" when required:
                    Match whole = Number.Match(request);
                    return whole.Success && long.TryParse(whole.Value.Split('.')[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer) ? integer : 0;
                case "number" when required:
                    Match number = Number.Match(request);
                    return number.Success && double.TryParse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : 0;
                case "boolean" when required:
                    return true;
                case "array" when required:
                    return new JsonArray();
                case "object" when required:
                    return new JsonObject();
                default:
                    return null;
            }
        }

        /// <summary>The schema's type; for a list such as <c>["string","null"]</c>, the first that is not null.</summary>
        private static string? TypeOf(JsonObject? schema)
        {
            return schema?["type"] switch
            {
                JsonValue value when value.TryGetValue(out string? s) => s,
                JsonArray list => list.Select(t => t is JsonValue v && v.TryGetValue(out string? s) ? s : null).FirstOrDefault(s => s is not null and not "null"),
                _ => null,
            };
        }

        private static bool IsPlace(string name)
        {
            return PlaceParameters.Contains(name) || name.Contains("location", StringComparison.OrdinalIgnoreCase) || name.Contains("city", StringComparison.OrdinalIgnoreCase);
        }

        private static string? ExtractPlace(string text)
        {
            Match match = CapitalizedPlace.Match(text);
            if (!match.Success)
            {
                match = AnyPlace.Match(text);
            }

            return match.Success ? match.Groups[1].Value : null;
        }
    }
}
