using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Distribution;

/// <summary>The release-process evidence of a repository: where releases are published, and what else the rules found.</summary>
internal sealed class ReleaseEvidence
{
    private ReleaseEvidence(IReadOnlyList<TextRuleMatch> publishing, IReadOnlyList<TextRuleMatch> found)
    {
        Publishing = publishing;
        Found = found;
    }

    /// <summary>Where a release is published or triggered.</summary>
    public IReadOnlyList<TextRuleMatch> Publishing { get; }

    /// <summary>The matches of the rules the check asked for.</summary>
    public IReadOnlyList<TextRuleMatch> Found { get; }

    /// <summary>Scans the repository for publishing steps and the given rules.</summary>
    public static ReleaseEvidence Collect(ScanContext context, IReadOnlyList<TextRule> rules, CancellationToken cancellationToken)
    {
        var files = new RepositoryTextFiles(context);
        var all = TextRuleScanner.Scan(files, [.. ReleaseSignals.Publishing, .. rules], cancellationToken);
        return new ReleaseEvidence(
            [.. all.Where(m => ReleaseSignals.Publishing.Contains(m.Rule))],
            [.. all.Where(m => !ReleaseSignals.Publishing.Contains(m.Rule))]);
    }

    /// <summary>Facts naming each distinct file and line found for each rule, e.g. "sigstore-cosign" = ".github/workflows/release.yml:42".</summary>
    public static Dictionary<string, string> Facts(IEnumerable<TextRuleMatch> matches) =>
        matches.GroupBy(m => m.Rule.Id).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(m => m.Where).Distinct().Take(5)), StringComparer.Ordinal);
}
