using CodeAssure.Vulnerabilities.Findings;

namespace CodeAssure.Vulnerabilities.Matching;

/// <summary>What a match run found, and what it could not check (so a clean result is never overstated).</summary>
/// <param name="Findings">The findings, most urgent first.</param>
/// <param name="Checked">Components that were looked up.</param>
/// <param name="Unsupported">Components skipped: no purl, no version, a purl type OSV has no ecosystem for, or an invalid purl.</param>
public sealed record MatchSummary(IReadOnlyList<VulnerabilityFinding> Findings, int Checked, IReadOnlyList<string> Unsupported);
