using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace VoiceLive.ProtocolGen
{
    /// <summary>Reads every event class under src/VoiceLive/Protocol/Events/{Server,Client} from its syntax.</summary>
    internal static class EventReader
    {
        public const string EventsFolder = "src/VoiceLive/Protocol/Events";

        public static List<EventInfo> Read(string root, List<string> errors)
        {
            var events = new List<EventInfo>();
            foreach (string side in new[] { "Server", "Client" })
            {
                string folder = Path.Combine(root, EventsFolder, side);
                foreach (string path in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
                {
                    string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
                    SyntaxTree tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: relative);
                    foreach (ClassDeclarationSyntax cls in tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
                    {
                        EventInfo? info = ReadClass(cls, side == "Server", relative, errors);
                        if (info is not null)
                        {
                            events.Add(info);
                        }
                    }
                }
            }

            foreach (IGrouping<string, string> dup in events.SelectMany(e => new[] { e.Wire, e.GaAlias }.OfType<string>().Select(w => (w, e.File)))
                .GroupBy(x => x.w, x => x.File).Where(g => g.Count() > 1))
            {
                errors.Add($"{string.Join(", ", dup)}: the wire name '{dup.Key}' is declared more than once");
            }

            return events;
        }

        private static EventInfo? ReadClass(ClassDeclarationSyntax cls, bool isServer, string file, List<string> errors)
        {
            string prefix = isServer ? "ServerEvent" : "ClientEvent";
            string name = cls.Identifier.ValueText;
            AttributeSyntax? attribute = cls.AttributeLists.SelectMany(l => l.Attributes)
                .FirstOrDefault(a => a.Name.ToString() is "WireEvent" or "WireEventAttribute");
            bool derivesFromEvent = cls.BaseList?.Types.Any(t => t.Type.ToString() == prefix) == true;
            if (attribute is null)
            {
                if (derivesFromEvent)
                {
                    errors.Add($"{file}: {name} derives from {prefix} but has no [WireEvent(\"wire.name\", EventGroup.X)]");
                }

                return null;
            }

            if (!derivesFromEvent)
            {
                errors.Add($"{file}: {name} has [WireEvent] but does not derive from {prefix}");
                return null;
            }

            SeparatedSyntaxList<AttributeArgumentSyntax> args = attribute.ArgumentList?.Arguments ?? default;
            if (args.Count < 2 || args[0].NameEquals is not null || args[1].NameEquals is not null
                || args[0].Expression is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } wireLiteral
                || args[1].Expression is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "EventGroup" } } groupAccess)
            {
                errors.Add($"{file}: {name}: write the attribute as [WireEvent(\"wire.name\", EventGroup.X, ...)] with a string literal");
                return null;
            }

            string wire = wireLiteral.Token.ValueText;
            string group = groupAccess.Name.Identifier.ValueText;
            string? gaAlias = null, sentBy = null;
            foreach (AttributeArgumentSyntax arg in args.Skip(2))
            {
                string? value = arg.Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } l ? l.Token.ValueText : null;
                switch (arg.NameEquals?.Name.Identifier.ValueText)
                {
                    case "GaAlias" when value is not null: gaAlias = value; break;
                    case "SentBy" when value is not null: sentBy = value; break;
                    default: errors.Add($"{file}: {name}: unexpected [WireEvent] argument '{arg}' (GaAlias and SentBy take string literals)"); break;
                }
            }

            if (name != prefix + EventInfo.Pascal(wire))
            {
                errors.Add($"{file}: a class for '{wire}' must be named {prefix}{EventInfo.Pascal(wire)}, not {name}");
            }

            if (isServer ? sentBy is not null : gaAlias is not null)
            {
                errors.Add($"{file}: {name}: {(isServer ? "SentBy is for client events" : "GaAlias is for server events")}");
            }

            if (!isServer && sentBy is null)
            {
                errors.Add($"{file}: {name}: a client event names the connection method that sends it (SentBy = \"Resource.MethodAsync\")");
            }

            string constant = name.Substring(prefix.Length);
            bool callsBase = cls.Members.OfType<ConstructorDeclarationSyntax>().Any(c =>
                c.Initializer is { RawKind: (int)SyntaxKind.BaseConstructorInitializer } init
                && init.ArgumentList.Arguments.Count == 1
                && init.ArgumentList.Arguments[0].Expression.ToString() == "WireNames." + constant);
            if (!callsBase)
            {
                errors.Add($"{file}: {name}: its parameterless constructor must call base(WireNames.{constant})");
            }

            string summary = Summary(cls);
            string lead = "<c>" + wire + "</c>: ";
            if (!summary.StartsWith(lead, StringComparison.Ordinal))
            {
                errors.Add($"{file}: {name}: the summary must start with \"{lead}\" followed by what the event means");
                return null;
            }

            var properties = cls.Members.OfType<PropertyDeclarationSyntax>()
                .Where(p => p.Modifiers.Any(SyntaxKind.PublicKeyword) && !p.Modifiers.Any(SyntaxKind.StaticKeyword)
                    && p.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() is "JsonPropertyName" or "JsonPropertyNameAttribute"))
                .Select(p => p.Identifier.ValueText)
                .ToList();
            var members = new HashSet<string>(cls.Members.Select(MemberName).OfType<string>(), StringComparer.Ordinal);
            return new EventInfo(isServer, name, wire, group, gaAlias, sentBy, summary.Substring(lead.Length), properties, members, file);
        }

        private static string? MemberName(MemberDeclarationSyntax member) => member switch
        {
            PropertyDeclarationSyntax p => p.Identifier.ValueText,
            MethodDeclarationSyntax m => m.Identifier.ValueText,
            FieldDeclarationSyntax f => f.Declaration.Variables.FirstOrDefault()?.Identifier.ValueText,
            _ => null,
        };

        // The summary's inner XML, its "///" prefixes removed and its lines joined by single spaces.
        private static string Summary(ClassDeclarationSyntax cls)
        {
            XmlElementSyntax? summary = cls.GetLeadingTrivia()
                .Select(t => t.GetStructure()).OfType<DocumentationCommentTriviaSyntax>()
                .SelectMany(d => d.Content.OfType<XmlElementSyntax>())
                .FirstOrDefault(e => e.StartTag.Name.ToString() == "summary");
            if (summary is null)
            {
                return string.Empty;
            }

            string text = string.Concat(summary.Content.Select(c => c.ToFullString()));
            text = Regex.Replace(text, @"\r?\n\s*///", " ");
            return Regex.Replace(text, @"\s+", " ").Trim();
        }
    }
}
