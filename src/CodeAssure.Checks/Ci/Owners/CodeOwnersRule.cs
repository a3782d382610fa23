using CodeAssure.Checks.Secrets;

namespace CodeAssure.Checks.Ci.Owners;

/// <summary>One usable CODEOWNERS line: a path pattern and the owners it names (none means "no owner").</summary>
internal sealed class CodeOwnersRule(GitIgnorePattern pattern, string text, IReadOnlyList<string> owners, int line)
{
    /// <summary>The pattern as written.</summary>
    public string Text { get; } = text;

    /// <summary>The owners (@user, @org/team, e-mail, GitLab @@role); empty when the rule removes ownership.</summary>
    public IReadOnlyList<string> Owners { get; } = owners;

    /// <summary>The 1-based line in the file.</summary>
    public int Line { get; } = line;

    /// <summary>True when the rule covers the path (the file or a folder above it).</summary>
    public bool Covers(string relativePath) => PathPatterns.MatchesPathOrFolder(pattern, relativePath);
}
