using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace VoiceLive.IntegrationTests.Docs
{
    /// <summary>
    /// The C# blocks of README.md and every Markdown file under docs/ (found at run time, so a page added later is
    /// covered without touching the tests). A block is compiled unless the line before its fence is
    /// <c>&lt;!-- snippet: fragment --&gt;</c> (for a piece that cannot stand alone, such as a few <c>case</c> arms); the
    /// marker is visible in the source of the page only.
    /// </summary>
    internal static class MarkdownSnippets
    {
        public const string FragmentMarker = "<!-- snippet: fragment -->";

        private static readonly Regex s_fence = new Regex(@"^```(csharp|cs|c#)\s*$", RegexOptions.CultureInvariant);

        /// <summary>The repository root: the nearest folder above the test's output that holds VoiceLive.sln.</summary>
        public static string RepositoryRoot
        {
            get
            {
                for (DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "VoiceLive.sln")))
                    {
                        return dir.FullName;
                    }
                }

                throw new InvalidOperationException("VoiceLive.sln not found above " + AppContext.BaseDirectory);
            }
        }

        public static IEnumerable<string> Files()
        {
            string root = RepositoryRoot;
            yield return Path.Combine(root, "README.md");
            foreach (string file in Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                yield return file;
            }
        }

        /// <summary>Every C# block: (file relative to the root, 1-based line of the fence, code, whether it is a fragment).</summary>
        public static IEnumerable<Snippet> All() => Files().SelectMany(Read);

        public static IEnumerable<Snippet> Read(string file)
        {
            string relative = Path.GetRelativePath(RepositoryRoot, file).Replace('\\', '/');
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                if (!s_fence.IsMatch(lines[i].Trim()))
                {
                    continue;
                }

                bool fragment = i > 0 && lines[i - 1].Trim() == FragmentMarker;
                int start = i + 1;
                int end = start;
                while (end < lines.Length && lines[end].Trim() != "```")
                {
                    end++;
                }

                // Blocks indented inside a list item keep their indentation: strip the fence's.
                int indent = lines[i].Length - lines[i].TrimStart().Length;
                string code = string.Join("\n", lines.Skip(start).Take(end - start).Select(l => l.Length >= indent && l.Substring(0, indent).Trim().Length == 0 ? l.Substring(indent) : l));
                yield return new Snippet(relative, i + 1, code, fragment);
                i = end;
            }
        }

        internal sealed record Snippet(string File, int Line, string Code, bool IsFragment)
        {
            public override string ToString() => $"{File}:{Line}";
        }
    }
}
