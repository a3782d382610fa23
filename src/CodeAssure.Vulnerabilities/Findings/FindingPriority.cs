namespace CodeAssure.Vulnerabilities.Findings;

/// <summary>
/// The order findings are shown and fixed in: known-exploited (CISA KEV) first, then by EPSS × CVSS, then by
/// severity, then by component and id so that equal findings always come out in the same order.
/// </summary>
public sealed class FindingPriority : IComparer<VulnerabilityFinding>
{
    /// <summary>The one instance; the comparer has no state.</summary>
    public static FindingPriority Instance { get; } = new();

    /// <summary>Sorts findings most urgent first.</summary>
    public static IReadOnlyList<VulnerabilityFinding> Sort(IEnumerable<VulnerabilityFinding> findings) =>
        [.. findings.Order(Instance)];

    /// <inheritdoc />
    public int Compare(VulnerabilityFinding? x, VulnerabilityFinding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        int byKev = (y.Kev is not null).CompareTo(x.Kev is not null);
        if (byKev != 0)
        {
            return byKev;
        }

        int byPriority = y.PriorityScore.CompareTo(x.PriorityScore);
        if (byPriority != 0)
        {
            return byPriority;
        }

        int bySeverity = y.Severity.CompareTo(x.Severity);
        if (bySeverity != 0)
        {
            return bySeverity;
        }

        int byPurl = string.CompareOrdinal(x.Purl, y.Purl);
        return byPurl != 0 ? byPurl : string.CompareOrdinal(x.Ids[0], y.Ids[0]);
    }
}
