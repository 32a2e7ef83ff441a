using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace VoiceLive.ProtocolGen
{
    /// <summary>Writes the C# files that list the events: constants, registries and the JSON context's entries.</summary>
    internal static class CSharpWriter
    {
        private const string Banner =
            "    // Written by eng/ProtocolGen from the [WireEvent] event classes: edit those and run\n" +
            "    // `dotnet run --project eng/ProtocolGen`, not this file (CI checks that regenerating changes nothing).\n";

        private const string ServerTypeSummary =
            "The wire <c>type</c> of every server event this version knows, as constants: <c>switch (evt.Type)</c> works the way " +
            "<c>match event.type</c> does in Python. Every name maps to its typed <see cref=\"ServerEvent\"/> subclass; the GA protocol's " +
            "names (<c>response.output_audio.delta</c>, …) arrive as the class of the event with the same shape, with " +
            "<see cref=\"ServerEvent.Type\"/> set to the name that was received.";

        private const string ClientTypeSummary = "The wire <c>type</c> of every client event, as constants (<see cref=\"ClientEvent.Type\"/>).";

        /// <summary>The public constants class of one side: one documented constant per wire name, GA aliases included.</summary>
        public static string EventTypeConstants(IReadOnlyList<EventInfo> events, bool server)
        {
            var entries = new List<(string Name, string Doc, string Wire)>();
            foreach (EventInfo e in events.Where(e => e.IsServer == server))
            {
                entries.Add((e.ConstantName, $"<c>{e.Wire}</c> (<see cref=\"{e.ClassName}\"/>): {QualifyCrefs(e)}", e.Wire));
                if (e.GaAlias is not null)
                {
                    entries.Add((EventInfo.Pascal(e.GaAlias), $"<c>{e.GaAlias}</c>: the name of <see cref=\"{e.ConstantName}\"/> in the GA protocol; it arrives as a <see cref=\"{e.ClassName}\"/>.", e.GaAlias));
                }
            }

            string typeName = server ? "ServerEventType" : "ClientEventType";
            var sb = new StringBuilder();
            sb.Append("namespace VoiceLive\n{\n");
            sb.Append(Banner);
            sb.Append("    /// <summary>\n    /// ").Append(server ? ServerTypeSummary : ClientTypeSummary).Append("\n    /// </summary>\n");
            sb.Append("    public static class ").Append(typeName).Append("\n    {\n");
            bool first = true;
            foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                sb.Append(first ? string.Empty : "\n");
                first = false;
                sb.Append("        /// <summary>").Append(entry.Doc).Append("</summary>\n");
                sb.Append("        public const string ").Append(entry.Name).Append(" = \"").Append(entry.Wire).Append("\";\n");
            }

            sb.Append("    }\n}\n");
            return sb.ToString();
        }

        /// <summary>The internal WireNames: every wire name of both sides, each defined by its public constant.</summary>
        public static string WireNames(IReadOnlyList<EventInfo> events)
        {
            var sb = new StringBuilder();
            sb.Append("namespace VoiceLive\n{\n");
            sb.Append(Banner);
            sb.Append("    /// <summary>The wire <c>type</c> strings of every server and client event, for the library's own use; the strings themselves are defined once, in the public <see cref=\"ServerEventType\"/> and <see cref=\"ClientEventType\"/>.</summary>\n");
            sb.Append("    internal static partial class WireNames\n    {\n");
            sb.Append("        // Server events (service → client).\n");
            foreach (string name in Names(events, server: true))
            {
                sb.Append("        public const string ").Append(name).Append(" = ServerEventType.").Append(name).Append(";\n");
            }

            sb.Append("\n        // Client events (client → service).\n");
            foreach (string name in Names(events, server: false))
            {
                sb.Append("        public const string ").Append(name).Append(" = ClientEventType.").Append(name).Append(";\n");
            }

            sb.Append("    }\n}\n");
            return sb.ToString();
        }

        /// <summary>The frozen wire-name → metadata lookup of one side's registry.</summary>
        public static string Registry(IReadOnlyList<EventInfo> events, bool server)
        {
            var rows = new List<(string Name, string Class)>();
            foreach (EventInfo e in events.Where(e => e.IsServer == server))
            {
                rows.Add((e.ConstantName, e.ClassName));
                if (e.GaAlias is not null)
                {
                    rows.Add((EventInfo.Pascal(e.GaAlias), e.ClassName));
                }
            }

            string side = server ? "server" : "client";
            var sb = new StringBuilder();
            sb.Append("using System.Collections.Frozen;\nusing System.Collections.Generic;\nusing System.Text.Json.Serialization.Metadata;\n\n");
            sb.Append("namespace VoiceLive\n{\n");
            sb.Append(Banner);
            sb.Append("    internal static partial class ").Append(server ? "ServerEventRegistry" : "ClientEventRegistry").Append("\n    {\n");
            sb.Append(server
                ? "        // One frozen lookup from wire type to metadata. A GA name for an event whose shape did not change is an alias:\n        // it reads into the existing class, with Type set to the GA name.\n"
                : "        // One frozen lookup from wire type to metadata, used to read client events (emulator, tests).\n");
            sb.Append("        private static readonly FrozenDictionary<string, JsonTypeInfo> s_types = new Dictionary<string, JsonTypeInfo>\n        {\n");
            foreach (var row in rows.OrderBy(r => r.Name, StringComparer.Ordinal))
            {
                sb.Append("            [WireNames.").Append(row.Name).Append("] = VoiceLiveJson.RequireTypeInfo(typeof(").Append(row.Class).Append(")),\n");
            }

            sb.Append("        }.ToFrozenDictionary();\n\n");
            sb.Append("        /// <summary>Every ").Append(side).Append(" wire type this version maps to a class.</summary>\n");
            sb.Append("        public static IEnumerable<string> KnownTypes => s_types.Keys;\n    }\n}\n");
            return sb.ToString();
        }

        /// <summary>The JSON source generator's entry for every event class (it cannot see another generator's output).</summary>
        public static string JsonContext(IReadOnlyList<EventInfo> events)
        {
            var sb = new StringBuilder();
            sb.Append("using System.Text.Json.Serialization;\n\nnamespace VoiceLive\n{\n");
            sb.Append(Banner);
            foreach (EventInfo e in events.OrderBy(e => e.IsServer ? 0 : 1).ThenBy(e => e.ClassName, StringComparer.Ordinal))
            {
                sb.Append("    [JsonSerializable(typeof(").Append(e.ClassName).Append("), GenerationMode = JsonSourceGenerationMode.Metadata)]\n");
            }

            sb.Append("    internal sealed partial class VoiceLiveJsonContext\n    {\n    }\n}\n");
            return sb.ToString();
        }

        private static IEnumerable<string> Names(IReadOnlyList<EventInfo> events, bool server)
            => events.Where(e => e.IsServer == server)
                .SelectMany(e => e.GaAlias is null ? new[] { e.ConstantName } : new[] { e.ConstantName, EventInfo.Pascal(e.GaAlias) })
                .OrderBy(n => n, StringComparer.Ordinal);

        // A cref to one of the class's own members resolves elsewhere only when qualified with the class.
        private static string QualifyCrefs(EventInfo e)
            => Regex.Replace(e.Summary, "cref=\"([A-Za-z_][A-Za-z0-9_]*)\"", m => e.Members.Contains(m.Groups[1].Value)
                ? $"cref=\"{e.ClassName}.{m.Groups[1].Value}\""
                : m.Value);
    }
}
