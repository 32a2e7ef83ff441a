using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace VoiceLive.IntegrationTests.Docs
{
    /// <summary>
    /// Compiles one documentation snippet as a program of top-level statements against the library, the emulator and
    /// everything this test loads (Azure.Identity, logging, …). Names a page uses without declaring them (<c>conn</c>,
    /// <c>pcm16</c>, <c>player</c>, …) come from <see cref="Ambient"/>: they stand for what the surrounding prose
    /// describes, and have the types the prose says.
    /// </summary>
    internal static class SnippetCompiler
    {
        /// <summary>The names a snippet may use without declaring them.</summary>
        public const string Ambient = """
            global using System;
            global using System.Collections.Generic;
            global using System.IO;
            global using System.Linq;
            global using System.Net.WebSockets;
            global using System.Text.Json;
            global using System.Text.Json.Nodes;
            global using System.Threading;
            global using System.Threading.Tasks;
            global using Azure;
            global using Azure.Core;
            global using Azure.Identity;
            global using Microsoft.Extensions.AI;
            global using Microsoft.Extensions.Logging;
            global using VoiceLive;
            global using VoiceLive.Emulator;
            global using static SnippetAmbient;

            internal static class SnippetAmbient
            {
                public static VoiceLiveConnection conn => throw null!;
                public static VoiceLiveConnection connection => throw null!;
                public static VoiceLiveClient client => throw null!;
                public static VoiceLiveEmulator emulator => throw null!;
                public static Uri endpoint => throw null!;
                public static TokenCredential credential => throw null!;
                public static ServerEvent evt => throw null!;
                public static byte[] pcm16 => throw null!;
                public static byte[] pcm => throw null!;
                public static byte[] chunk => throw null!;
                public static ReadOnlyMemory<byte> audio => throw null!;
                public static IAudioPlayer player => throw null!;
                public static ILogger logger => throw null!;
                public static ILoggerFactory loggerFactory => throw null!;
                public static CancellationToken cancellationToken => default;
                public static string itemId => throw null!;
                public static string callId => throw null!;
                public static int playedMs => throw null!;
                public static int bufferedBytes => throw null!;
                public static ServerEventResponseAudioDelta delta => throw null!;
                public static IAsyncEnumerable<ReadOnlyMemory<byte>> chunks => throw null!;
                public static IRealtimeClientSession session => throw null!;
                public static RealtimeServerMessage message => throw null!;
            }

            /// <summary>The app's speaker in the docs' examples.</summary>
            internal interface IAudioPlayer
            {
                void Write(ReadOnlySpan<byte> pcm16);
                void Stop();
                TimeSpan Played { get; }
            }
            """;

        private static readonly Lazy<MetadataReference[]> s_references = new Lazy<MetadataReference[]>(() =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToArray());

        /// <summary>The compiler errors of the snippet, each with its line in the snippet; empty when it compiles.</summary>
        public static IReadOnlyList<string> Errors(string code)
        {
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            SyntaxTree snippet = CSharpSyntaxTree.ParseText(code, parse, path: "snippet.cs");
            var trees = new List<SyntaxTree> { snippet, CSharpSyntaxTree.ParseText(Ambient, parse, path: "ambient.cs") };
            if (!snippet.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any())
            {
                // A snippet of declarations only (a class, a method) still needs an entry point to be a program.
                trees.Add(CSharpSyntaxTree.ParseText("internal static class SnippetEntry { private static void Main() { } }", parse, path: "entry.cs"));
            }

            CSharpCompilation compilation = CSharpCompilation.Create(
                "Snippet",
                trees,
                s_references.Value,
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable)
                    // Microsoft.Extensions.AI's realtime types are experimental: an app opts in with NoWarn MEAI001, as
                    // docs/extensions-ai.md says; the snippets are written as such an app.
                    .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["MEAI001"] = ReportDiagnostic.Suppress }));

            return compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => $"line {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
                .ToList();
        }
    }
}
