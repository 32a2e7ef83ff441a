using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace VoiceLive.IntegrationTests.Docs
{
    /// <summary>Every C# snippet of README.md and docs/ compiles against the library as it is (fragments excepted, see MarkdownSnippets).</summary>
    public class DocSnippetTests
    {
        public static IEnumerable<object[]> Snippets()
            => MarkdownSnippets.All().Where(s => !s.IsFragment).Select(s => new object[] { s.ToString(), s.Code });

        [Theory]
        [MemberData(nameof(Snippets))]
        public void The_snippet_compiles(string where, string code)
        {
            IReadOnlyList<string> errors = SnippetCompiler.Errors(code);

            Assert.True(errors.Count == 0, where + " does not compile:\n" + string.Join("\n", errors));
        }

        [Fact]
        public void The_compiler_really_rejects_a_broken_snippet()
        {
            Assert.NotEmpty(SnippetCompiler.Errors("await conn.Session.UpdateAsync(new RequestSession { NoSuchSetting = 1 });"));
            Assert.Empty(SnippetCompiler.Errors("await conn.Session.UpdateAsync(new RequestSession { TurnDetection = null });"));
        }

        [Fact]
        public void The_porting_guide_and_the_readme_have_snippets_to_check()
        {
            Assert.Contains(MarkdownSnippets.All(), s => s.File == "docs/porting-from-python.md" && !s.IsFragment);
            Assert.Contains(MarkdownSnippets.All(), s => s.File == "README.md" && !s.IsFragment);
        }
    }
}
