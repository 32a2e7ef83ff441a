using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace VoiceLive.Tests.Events
{
    /// <summary>Reads the protocol inventory and documented examples copied into Fixtures/.</summary>
    internal static class EventFixtures
    {
        /// <summary>The legacy client event the Python SDK sends that is not in the inventory's client list.</summary>
        public const string TranscriptionSessionUpdate = "transcription_session.update";

        private static readonly Lazy<JsonObject> s_protocol = new Lazy<JsonObject>(
            () => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "protocol-events.json")))!.AsObject());

        public static JsonObject ServerEvents => s_protocol.Value["server_events"]!.AsObject();

        public static JsonObject ClientEvents => s_protocol.Value["client_events"]!.AsObject();

        public static IEnumerable<string> ServerWireNames => ServerEvents.Select(p => p.Key);

        /// <summary>The GA protocol's server event names (Fixtures/ga-events.jsonl), which are not part of the inventory.</summary>
        public static IEnumerable<string> GaServerWireNames => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ga-events.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => (string)JsonNode.Parse(l)!["type"]!);

        public static IEnumerable<string> ClientWireNames => ClientEvents.Select(p => p.Key).Append(TranscriptionSessionUpdate);

        /// <summary>Field name → type string of a server event in the inventory.</summary>
        public static IEnumerable<KeyValuePair<string, string>> ServerFields(string wire)
            => ServerEvents[wire]!.AsObject().Select(p => new KeyValuePair<string, string>(p.Key, p.Value!.GetValue<string>()));

        /// <summary>Field name → type string of a client event in the inventory.</summary>
        public static IEnumerable<KeyValuePair<string, string>> ClientFields(string wire)
        {
            if (wire == TranscriptionSessionUpdate)
            {
                return new[]
                {
                    new KeyValuePair<string, string>("type", "\"" + TranscriptionSessionUpdate + "\""),
                    new KeyValuePair<string, string>("event_id", "string?"),
                    new KeyValuePair<string, string>("session", "any"),
                };
            }

            return ClientEvents[wire]!.AsObject().Select(p => new KeyValuePair<string, string>(p.Key, p.Value!.GetValue<string>()));
        }

        public static bool IsClientEvent(string wire) => ClientWireNames.Contains(wire);

        /// <summary>The PascalCase rule for class names: split on '.' and '_', capitalise each part, join.</summary>
        public static string Pascal(string wire)
            => string.Concat(wire.Split('.', '_').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p.Substring(1)));

        /// <summary>Each line of examples.jsonl without its <c>_source</c> key: (line number, source, JSON).</summary>
        public static IEnumerable<(int Line, string Source, string Json)> Examples()
        {
            string[] lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "examples.jsonl"));
            for (int i = 0; i < lines.Length; i++)
            {
                if (string.IsNullOrWhiteSpace(lines[i]))
                {
                    continue;
                }

                JsonObject obj = JsonNode.Parse(lines[i])!.AsObject();
                string source = obj["_source"]?.GetValue<string>() ?? string.Empty;
                obj.Remove("_source");
                yield return (i + 1, source, obj.ToJsonString());
            }
        }
    }
}
