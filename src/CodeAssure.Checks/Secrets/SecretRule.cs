using System.Text.RegularExpressions;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Secrets;

/// <summary>
/// One kind of hard-coded credential the scanner recognises: a stable id, what it is, how serious, the literal
/// keywords that must appear before its pattern is tried, and the pattern itself (its <c>secret</c> group is the credential).
/// </summary>
public sealed class SecretRule
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private readonly Lazy<Regex> _pattern;

    internal SecretRule(string id, string description, FindingLevel level, string pattern, IReadOnlyList<string> keywords,
        RuleScope scope = RuleScope.Line, Func<SecretCandidate, bool>? accept = null, Func<string, bool>? checksum = null,
        KeywordContext? keywordContext = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        if (keywords.Count == 0)
        {
            throw new ArgumentException($"rule {id} needs at least one keyword for the prefilter", nameof(keywords));
        }

        Id = id;
        Description = description;
        Level = level;
        Keywords = keywords;
        Scope = scope;
        Accept = accept;
        Checksum = checksum;
        KeywordContext = keywordContext;
        PatternText = pattern;

        // Built on first use: most rules' keywords never occur in a given repository, and building all of them (the
        // non-backtracking engine's automaton) took about half a second of every scan's start-up.
        _pattern = new Lazy<Regex>(() => Compile(pattern));
    }

    /// <summary>The stable rule id, e.g. "aws-access-key-id"; reported as the finding's rule id and usable in allow comments.</summary>
    public string Id { get; }

    /// <summary>What the rule finds, in a few words (e.g. "AWS access key id").</summary>
    public string Description { get; }

    /// <summary>The level of a finding of this rule.</summary>
    public FindingLevel Level { get; }

    /// <summary>Literal keywords (matched case-insensitively); the pattern is only run where one of them occurs.</summary>
    public IReadOnlyList<string> Keywords { get; }

    /// <summary>Whether the rule verifies a checksum built into the token format (a mismatch lowers the level to Low).</summary>
    public bool VerifiesChecksum => Checksum is not null;

    internal RuleScope Scope { get; }

    internal Regex Pattern => _pattern.Value;

    /// <summary>The pattern's source text.</summary>
    internal string PatternText { get; }

    internal Func<SecretCandidate, bool>? Accept { get; }

    internal Func<string, bool>? Checksum { get; }

    /// <summary>A cheap necessary condition on the text after a keyword occurrence; null when there is none.</summary>
    internal KeywordContext? KeywordContext { get; }

    // Linear-time matching where the pattern allows it (no lookarounds or backreferences are used by the catalogue);
    // the timeout is a second line of defence against hostile input.
    private static Regex Compile(string pattern)
    {
        const RegexOptions common = RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.ExplicitCapture;
        try
        {
            return new Regex(pattern, common | RegexOptions.NonBacktracking, MatchTimeout);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, common | RegexOptions.Compiled, MatchTimeout);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Id;
}
