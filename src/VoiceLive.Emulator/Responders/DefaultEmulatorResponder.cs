using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// The emulator's built-in policy, deterministic so tests can assert on it:
    /// after a <c>function_call_output</c> it says <c>Here is what &lt;name&gt; returned: &lt;output&gt;</c>;
    /// when a function tool's name words appear in what the user said (e.g. "weather" for <c>get_weather</c>), or
    /// <c>tool_choice</c> requires a call, it calls that function with arguments filled from the words (a
    /// <c>location</c>/<c>city</c> parameter gets the place after "in"/"at"/"for", e.g. <c>{"location":"Paris"}</c>;
    /// another required string parameter gets the whole utterance); otherwise it says <c>You said: "&lt;text&gt;".</c>,
    /// or <see cref="Greeting"/> when nothing was said yet.
    /// </summary>
    public sealed class DefaultEmulatorResponder : IEmulatorResponder
    {
        /// <summary>What the assistant says when the conversation holds nothing from the user.</summary>
        public const string Greeting = "Hello! How can I help you?";

        private static readonly HashSet<string> IgnoredWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "get", "set", "fetch", "find", "lookup", "look", "query", "search", "check", "create", "list", "current",
            "make", "the", "for", "info", "information", "data", "tool", "function", "call", "api",
        };

        private static readonly HashSet<string> PlaceParameters = new(StringComparer.OrdinalIgnoreCase)
        {
            "location", "city", "place", "destination", "country", "region", "address", "where", "town",
        };

        private static readonly Regex CapitalizedPlace = new(@"\b(?:in|at|for|near|to|from)\s+(\p{Lu}[\p{L}'\-]*(?:\s+\p{Lu}[\p{L}'\-]*)*)", RegexOptions.CultureInvariant);
        private static readonly Regex AnyPlace = new(@"\b(?:in|at|for|near)\s+([\p{L}'\-]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex Words = new(@"[\p{L}\p{Nd}]+", RegexOptions.CultureInvariant);

        /// <summary>A shared instance; the responder has no state.</summary>
        public static DefaultEmulatorResponder Instance { get; } = new();

        /// <inheritdoc />
        public ValueTask<EmulatorReply> RespondAsync(EmulatorResponderContext context, CancellationToken cancellationToken)
        {
            return new ValueTask<EmulatorReply>(Respond(context ?? throw new ArgumentNullException(nameof(context))));
        }

        private static EmulatorReply Respond(EmulatorResponderContext context)
        {
            if (context.FunctionOutput is not null)
            {
                return EmulatorReply.Say($"Here is what {context.FunctionName ?? "the function"} returned: {context.FunctionOutput}");
            }

            string? heard = context.LastUserText;
            JsonObject? tool = ChooseTool(context, heard ?? string.Empty);
            if (tool is not null)
            {
                return EmulatorReply.CallFunction((string)tool["name"]!, BuildArguments(tool, heard ?? string.Empty));
            }

            return EmulatorReply.Say(string.IsNullOrEmpty(heard) ? Greeting : $"You said: \"{heard}\".");
        }

        private static JsonObject? ChooseTool(EmulatorResponderContext context, string heard)
        {
            List<JsonObject> functions = context.Tools.OfType<JsonObject>()
                .Where(t => (string?)t["type"] == "function" && t["name"] is JsonValue)
                .ToList();
            string choice = context.ToolChoice switch
            {
                JsonValue value when value.TryGetValue(out string? s) => s,
                JsonObject o => (string?)o["name"] ?? "auto",
                _ => "auto",
            };
            if (functions.Count == 0 || choice == "none")
            {
                return null;
            }

            if (choice != "auto" && choice != "required")
            {
                return functions.FirstOrDefault(f => (string?)f["name"] == choice);
            }

            var spoken = new HashSet<string>(Words.Matches(heard).Select(m => m.Value.ToLowerInvariant()));
            JsonObject? matched = functions.FirstOrDefault(f => NameWords((string)f["name"]!).Any(w => spoken.Any(s => s == w || s.StartsWith(w, StringComparison.Ordinal) || w == s + "s")));
            return matched ?? (choice == "required" ? functions[0] : null);
        }

        private static IEnumerable<string> NameWords(string name)
        {
            string spaced = Regex.Replace(name, "([a-z0-9])([A-Z])", "$1 $2");
            return spaced.Split(new[] { '_', '-', ' ', '.' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.ToLowerInvariant())
                .Where(w => w.Length >= 3 && !IgnoredWords.Contains(w));
        }

        private static string BuildArguments(JsonObject tool, string heard)
        {
            var arguments = new JsonObject();
            if (tool["parameters"] is JsonObject parameters && parameters["properties"] is JsonObject properties)
            {
                var required = new HashSet<string>((parameters["required"] as JsonArray)?.Select(r => (string?)r ?? string.Empty) ?? Enumerable.Empty<string>());
                foreach (var (name, schema) in properties)
                {
                    string? type = (string?)(schema as JsonObject)?["type"];
                    if (type is not null && type != "string")
                    {
                        continue;
                    }

                    if (PlaceParameters.Contains(name) || name.Contains("location", StringComparison.OrdinalIgnoreCase) || name.Contains("city", StringComparison.OrdinalIgnoreCase))
                    {
                        arguments[name] = ExtractPlace(heard);
                    }
                    else if (required.Contains(name) || properties.Count == 1)
                    {
                        arguments[name] = heard;
                    }
                }
            }

            return arguments.ToJsonString(EmulatorJson.Options);
        }

        private static string ExtractPlace(string heard)
        {
            Match match = CapitalizedPlace.Match(heard);
            if (!match.Success)
            {
                match = AnyPlace.Match(heard);
            }

            return match.Success ? match.Groups[1].Value : heard;
        }
    }
}
