using CodeAssure.Checks.Secrets;

namespace CodeAssure.Checks.Ci;

/// <summary>
/// A list of gitignore-style patterns matched against paths relative to the scanned folder: the last matching pattern
/// decides, and a pattern that matches a folder covers everything inside it (as in .gitignore and CODEOWNERS).
/// </summary>
internal sealed class PathPatterns
{
    private readonly IReadOnlyList<GitIgnorePattern> _patterns;

    private PathPatterns(IReadOnlyList<GitIgnorePattern> patterns) => _patterns = patterns;

    /// <summary>No patterns: nothing matches.</summary>
    public static PathPatterns None { get; } = new([]);

    /// <summary>Parses pattern lines (blank lines and # comments are skipped).</summary>
    public static PathPatterns Parse(IEnumerable<string>? lines) =>
        lines is null ? None : new([.. lines.Select(GitIgnorePattern.Parse).OfType<GitIgnorePattern>()]);

    /// <summary>True when the last pattern matching the path (or one of its folders) is not negated.</summary>
    public bool Matches(string relativePath)
    {
        for (var i = _patterns.Count - 1; i >= 0; i--)
        {
            if (MatchesPathOrFolder(_patterns[i], relativePath))
            {
                return !_patterns[i].Negated;
            }
        }

        return false;
    }

    /// <summary>True when a pattern matches the file itself or any folder above it.</summary>
    public static bool MatchesPathOrFolder(GitIgnorePattern pattern, string relativePath)
    {
        if (pattern.Matches(relativePath, isDirectory: false))
        {
            return true;
        }

        for (var slash = relativePath.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = relativePath.IndexOf('/', slash + 1))
        {
            if (pattern.Matches(relativePath[..slash], isDirectory: true))
            {
                return true;
            }
        }

        return false;
    }
}
