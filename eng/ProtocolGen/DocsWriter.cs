using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace VoiceLive.ProtocolGen
{
    /// <summary>
    /// Fills the generated regions of docs/events.md: <c>&lt;!-- generated:server:Group --&gt;</c> and
    /// <c>&lt;!-- generated:client:Group --&gt;</c> hold one group's table, <c>&lt;!-- generated:ga --&gt;</c> the GA names;
    /// each region ends at <c>&lt;!-- /generated --&gt;</c>. The prose and headings around them are written by hand.
    /// </summary>
    internal static class DocsWriter
    {
        public const string File = "docs/events.md";
        private const string End = "<!-- /generated -->";
        private static readonly Regex s_region = new Regex(@"<!-- generated:([a-z]+)(?::([A-Za-z]+))? -->\n.*?" + Regex.Escape(End), RegexOptions.Singleline);

        public static string Fill(string markdown, IReadOnlyList<EventInfo> events, List<string> errors)
        {
            var filled = new HashSet<string>(StringComparer.Ordinal);
            string result = s_region.Replace(markdown, m =>
            {
                string kind = m.Groups[1].Value, group = m.Groups[2].Value;
                string? table = kind switch
                {
                    "ga" when group.Length == 0 => GaTable(events),
                    "server" or "client" when group.Length > 0 => GroupTable(events.Where(e => e.IsServer == (kind == "server") && e.Group == group).ToList(), kind == "server"),
                    _ => null,
                };
                if (table is null || table.Length == 0)
                {
                    errors.Add($"{File}: the region '{m.Value.Split('\n')[0]}' matches no event class");
                    return m.Value;
                }

                filled.Add(kind + ":" + group);
                return $"<!-- generated:{kind}{(group.Length > 0 ? ":" + group : string.Empty)} -->\n{table}{End}";
            });

            foreach (EventInfo e in events.Where(e => e.Group != "GaProtocol" && !filled.Contains((e.IsServer ? "server:" : "client:") + e.Group)))
            {
                errors.Add($"{e.File}: {File} has no region <!-- generated:{(e.IsServer ? "server" : "client")}:{e.Group} --> for its group");
            }

            return result;
        }

        private static string GroupTable(List<EventInfo> group, bool server)
        {
            if (group.Count == 0)
            {
                return string.Empty;
            }

            var sb = new StringBuilder();
            sb.Append(server ? "| Wire type | .NET class | Meaning | Properties |\n" : "| Wire type | .NET class | Connection method | Meaning |\n");
            sb.Append("|---|---|---|---|\n");
            foreach (EventInfo e in group.OrderBy(e => e.Wire, StringComparer.Ordinal))
            {
                sb.Append("| `").Append(e.Wire).Append("` | `").Append(e.ClassName).Append("` | ");
                sb.Append(server ? Meaning(e) + " | " + Properties(e) + " |\n" : "`" + e.SentBy + "` | " + Meaning(e) + " |\n");
            }

            return sb.ToString();
        }

        private static string GaTable(IReadOnlyList<EventInfo> events)
        {
            var rows = new List<(string Wire, string Row)>();
            foreach (EventInfo e in events.Where(e => e.IsServer))
            {
                if (e.GaAlias is not null)
                {
                    rows.Add((e.GaAlias, $"| `{e.GaAlias}` | `{e.ClassName}` | The GA name of `{e.Wire}`, same shape. | {Properties(e)} |\n"));
                }

                if (e.Group == "GaProtocol")
                {
                    rows.Add((e.Wire, $"| `{e.Wire}` | `{e.ClassName}` | {Meaning(e)} | {Properties(e)} |\n"));
                }
            }

            return rows.Count == 0 ? string.Empty
                : "| GA name | arrives as | Meaning | Properties |\n|---|---|---|---|\n" + string.Concat(rows.OrderBy(r => r.Wire, StringComparer.Ordinal).Select(r => r.Row));
        }

        private static string Properties(EventInfo e) => e.Properties.Count == 0 ? "—" : string.Join(", ", e.Properties);

        // The summary as Markdown: <c> and crefs become code spans, entities are decoded, and the sentence starts upper-case.
        private static string Meaning(EventInfo e)
        {
            string text = Regex.Replace(e.Summary, "<c>(.*?)</c>", "`$1`");
            text = Regex.Replace(text, "<see cref=\"(?:[A-Z]:)?([^\"]+)\"\\s*/>", "`$1`");
            text = Regex.Replace(text, "<see langword=\"([^\"]+)\"\\s*/>", "`$1`");
            text = WebUtility.HtmlDecode(text).Replace("|", "\\|", StringComparison.Ordinal);
            return text.Length > 0 && char.IsLower(text[0]) ? char.ToUpper(text[0], CultureInfo.InvariantCulture) + text.Substring(1) : text;
        }
    }
}
