using CodeAssure.Vulnerabilities.Findings;
using CodeAssure.Vulnerabilities.Matching;

namespace CodeAssure.Cli.Commands.Vulns;

// The JSON contract of `codeassure vulns scan --format json` (docs/vulns.md). Members are only ever added.

internal sealed record FindingsView(
    string Source,
    int ComponentsChecked,
    IReadOnlyList<string> ComponentsNotChecked,
    IReadOnlyDictionary<string, int> BySeverity,
    IReadOnlyList<FindingView> Findings)
{
    public static FindingsView From(string source, MatchSummary summary) => new(
        source,
        summary.Checked,
        summary.Unsupported,
        Enum.GetValues<Severity>().Reverse().ToDictionary(s => s.ToString().ToLowerInvariant(), s => summary.Findings.Count(f => f.Severity == s)),
        [.. summary.Findings.Select(FindingView.From)]);
}

internal sealed record FindingView(
    string Purl,
    string Name,
    string Version,
    string Ecosystem,
    IReadOnlyList<string> Ids,
    Severity Severity,
    CvssRating? Cvss,
    string? FixedIn,
    string? Summary,
    string? ComponentRef,
    KevView? Kev,
    EpssView? Epss)
{
    public static FindingView From(VulnerabilityFinding f) => new(
        f.Purl, f.Name, f.Version, f.Ecosystem, f.Ids, f.Severity, f.Cvss, f.FixedIn, f.Summary, f.ComponentRef,
        f.Kev is null ? null : new KevView(f.Kev.CveId, f.Kev.DateAdded, f.Kev.DueDate, f.Kev.KnownRansomwareUse),
        f.Epss is null ? null : new EpssView(f.Epss.CveId, f.Epss.Probability, f.Epss.Percentile));
}

internal sealed record KevView(string Cve, DateOnly DateAdded, DateOnly? DueDate, bool KnownRansomwareUse);

internal sealed record EpssView(string Cve, double Probability, double Percentile);
