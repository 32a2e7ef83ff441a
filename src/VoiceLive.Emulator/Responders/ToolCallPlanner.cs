using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// Decides which function tools the default responder calls for what the user said, and with which arguments.
    /// The utterance is split into requests at commas, semicolons and the words "and"/"then"; every request that
    /// mentions a function's name words (e.g. "weather" for <c>get_weather</c>) calls that function once, so
    /// "the weather in Paris and the time in Tokyo" makes two calls in one response.
    /// </summary>
    internal static class ToolCallPlanner
    {
        private static readonly char[] NameSeparators = { '_', '-', ' ', '.' };

        private static readonly HashSet<string> IgnoredWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "get", "set", "fetch", "find", "lookup", "look", "query", "search", "check", "create", "list", "current",
            "make", "the", "for", "info", "information", "data", "tool", "function", "call", "api",
        };

        private static readonly Regex RequestSeparator = new(@"\s*(?:[,;]|\band\b|\bthen\b)\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex Words = new(@"[\p{L}\p{Nd}]+", RegexOptions.CultureInvariant);
        private static readonly Regex CamelCase = new("([a-z0-9])([A-Z])", RegexOptions.CultureInvariant);

        /// <summary>The calls for <paramref name="heard"/> under <paramref name="toolChoice"/>; empty when no function applies.</summary>
        public static IReadOnlyList<EmulatorFunctionCall> Plan(JsonArray tools, JsonNode? toolChoice, string heard)
        {
            List<JsonObject> functions = tools.OfType<JsonObject>()
                .Where(t => (string?)t["type"] == "function" && t["name"] is JsonValue)
                .ToList();
            string choice = toolChoice switch
            {
                JsonValue value when value.TryGetValue(out string? s) => s,
                JsonObject o => (string?)o["name"] ?? "auto",
                _ => "auto",
            };
            if (functions.Count == 0 || choice == "none")
            {
                return Array.Empty<EmulatorFunctionCall>();
            }

            if (choice != "auto" && choice != "required")
            {
                JsonObject? named = functions.FirstOrDefault(f => (string?)f["name"] == choice);
                return named is null ? Array.Empty<EmulatorFunctionCall>() : new[] { Call(named, heard, heard) };
            }

            var calls = new List<EmulatorFunctionCall>();
            foreach (string request in RequestSeparator.Split(heard).Where(r => r.Length > 0))
            {
                var spoken = Words.Matches(request).Select(m => m.Value.ToLowerInvariant()).ToList();
                var mentioned = functions
                    .Select(f => (Function: f, At: FirstMention(NameWords((string)f["name"]!), spoken)))
                    .Where(m => m.At >= 0)
                    .OrderBy(m => m.At);
                calls.AddRange(mentioned.Select(m => Call(m.Function, request, heard)));
            }

            if (calls.Count == 0 && choice == "required")
            {
                calls.Add(Call(functions[0], heard, heard));
            }

            return calls;
        }

        private static EmulatorFunctionCall Call(JsonObject function, string request, string heard)
        {
            return new EmulatorFunctionCall((string)function["name"]!, ToolArguments.Build(function, request, heard));
        }

        /// <summary>The index of the first spoken word that names the function (equal, a longer form, or the singular), or -1.</summary>
        private static int FirstMention(IReadOnlyCollection<string> nameWords, List<string> spoken)
        {
            return spoken.FindIndex(s => nameWords.Any(w => s == w || s.StartsWith(w, StringComparison.Ordinal) || w == s + "s"));
        }

        private static List<string> NameWords(string name)
        {
            return CamelCase.Replace(name, "$1 $2")
                .Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.ToLowerInvariant())
                .Where(w => w.Length >= 3 && !IgnoredWords.Contains(w))
                .ToList();
        }
    }
}
