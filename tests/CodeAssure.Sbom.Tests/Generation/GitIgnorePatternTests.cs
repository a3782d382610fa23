using CodeAssure.Sbom.Generation.Scanning;

namespace CodeAssure.Sbom.Tests.Generation;

public class GitIgnorePatternTests
{
    [Theory]
    [InlineData("*.lock", "Cargo.lock", false, true)]
    [InlineData("*.lock", "a/b/Cargo.lock", false, true)]
    [InlineData("*.lock", "a/Cargo.lock/x", false, false)]
    [InlineData("/build", "build", true, true)]
    [InlineData("/build", "src/build", true, false)]
    [InlineData("doc/*.txt", "doc/notes.txt", false, true)]
    [InlineData("doc/*.txt", "doc/server/notes.txt", false, false)]
    [InlineData("doc/*.txt", "x/doc/notes.txt", false, false)]
    [InlineData("**/foo", "foo", true, true)]
    [InlineData("**/foo", "a/b/foo", false, true)]
    [InlineData("foo/**", "foo/a/b", false, true)]
    [InlineData("foo/**", "foo", true, false)]
    [InlineData("a/**/b", "a/b", true, true)]
    [InlineData("a/**/b", "a/x/y/b", true, true)]
    [InlineData("out/", "out", true, true)]
    [InlineData("out/", "out", false, false)]
    [InlineData("log?.txt", "log1.txt", false, true)]
    [InlineData("log?.txt", "log10.txt", false, false)]
    [InlineData("[abc].json", "b.json", false, true)]
    [InlineData("[!abc].json", "b.json", false, false)]
    [InlineData("[!abc].json", "d.json", false, true)]
    [InlineData("\\#hash", "#hash", false, true)]
    [InlineData("name.txt   ", "name.txt", false, true)]
    public void Matches_as_gitignore_specifies(string pattern, string path, bool isDirectory, bool expected)
    {
        var parsed = GitIgnorePattern.Parse(pattern);
        Assert.NotNull(parsed);
        Assert.Equal(expected, parsed.Matches(path, isDirectory));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("# a comment")]
    [InlineData("/")]
    public void Ignores_blank_lines_and_comments(string line) => Assert.Null(GitIgnorePattern.Parse(line));

    [Fact]
    public void Lets_the_last_matching_line_and_the_deepest_file_win()
    {
        var rules = GitIgnoreRules.Empty.For("", "*.txt\n!keep.txt\n").For("sub", "keep.txt\n");
        Assert.True(rules.IsIgnored("a.txt", false));
        Assert.False(rules.IsIgnored("keep.txt", false));
        Assert.True(rules.IsIgnored("sub/keep.txt", false));
        Assert.False(rules.IsIgnored("sub/readme.md", false));
    }
}
