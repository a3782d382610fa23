namespace CodeAssure.Sbom.Generation.Scanning;

/// <summary>
/// The .gitignore files that apply in one folder: those of the folder itself and of every folder above it up to
/// the scanned root. Deeper files take precedence, and within a file the last matching line wins.
/// </summary>
internal sealed class GitIgnoreRules
{
    private readonly GitIgnoreRules? _parent;
    private readonly string _folder;
    private readonly IReadOnlyList<GitIgnorePattern> _patterns;

    private GitIgnoreRules(GitIgnoreRules? parent, string folder, IReadOnlyList<GitIgnorePattern> patterns)
    {
        _parent = parent;
        _folder = folder;
        _patterns = patterns;
    }

    public static GitIgnoreRules Empty { get; } = new(null, "", []);

    /// <summary>Adds the rules of a folder's .gitignore (its text, or null when it has none).</summary>
    public GitIgnoreRules For(string folder, string? gitIgnoreText)
    {
        if (gitIgnoreText is null)
        {
            return this;
        }

        var patterns = gitIgnoreText.Split('\n').Select(GitIgnorePattern.Parse).OfType<GitIgnorePattern>().ToList();
        return patterns.Count == 0 ? this : new GitIgnoreRules(this, folder, patterns);
    }

    /// <summary>Whether a path (relative to the scanned root, '/'-separated) is ignored.</summary>
    public bool IsIgnored(string relativePath, bool isDirectory) => Decide(relativePath, isDirectory) ?? false;

    private bool? Decide(string relativePath, bool isDirectory)
    {
        var inside = _folder.Length == 0 || relativePath.StartsWith(_folder + "/", StringComparison.Ordinal);
        if (_patterns.Count > 0 && inside)
        {
            var local = _folder.Length == 0 ? relativePath : relativePath[(_folder.Length + 1)..];
            for (var i = _patterns.Count - 1; i >= 0; i--)
            {
                if (_patterns[i].Matches(local, isDirectory))
                {
                    return !_patterns[i].Negated;
                }
            }
        }

        return _parent?.Decide(relativePath, isDirectory);
    }
}
