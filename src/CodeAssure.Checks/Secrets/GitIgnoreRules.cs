namespace CodeAssure.Checks.Secrets;

/// <summary>
/// The ignore rules in force in one folder: its own .gitignore on top of its parents'. The last matching pattern decides,
/// and a deeper file's patterns come after its parents', so they win (gitignore(5)).
/// </summary>
internal sealed class GitIgnoreRules
{
    private readonly GitIgnoreRules? _parent;
    private readonly string _folder; // relative to the scan root, '' for the root, no trailing '/'
    private readonly IReadOnlyList<GitIgnorePattern> _patterns;

    private GitIgnoreRules(GitIgnoreRules? parent, string folder, IReadOnlyList<GitIgnorePattern> patterns)
    {
        _parent = parent;
        _folder = folder;
        _patterns = patterns;
    }

    public static GitIgnoreRules None { get; } = new(null, "", []);

    /// <summary>The rules for a folder: these plus the folder's .gitignore lines, if it has any.</summary>
    public GitIgnoreRules With(string folder, IEnumerable<string> lines)
    {
        var patterns = lines.Select(GitIgnorePattern.Parse).OfType<GitIgnorePattern>().ToList();
        return patterns.Count == 0 ? this : new GitIgnoreRules(this, folder, patterns);
    }

    /// <summary>True when the path (relative to the scan root, '/' separators) is ignored.</summary>
    public bool IsIgnored(string path, bool isDirectory)
    {
        for (var rules = this; rules is not null; rules = rules._parent)
        {
            var relative = rules._folder.Length == 0 ? path : path[(rules._folder.Length + 1)..];
            for (var i = rules._patterns.Count - 1; i >= 0; i--)
            {
                if (rules._patterns[i].Matches(relative, isDirectory))
                {
                    return !rules._patterns[i].Negated;
                }
            }
        }

        return false;
    }
}
