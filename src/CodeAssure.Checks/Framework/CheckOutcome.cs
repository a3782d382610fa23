using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Framework;

/// <summary>The result of one check: status, a note when skipped or in error, its findings and the facts it recorded as evidence.</summary>
/// <param name="Status">How the run ended.</param>
/// <param name="Findings">What it found (secrets redacted).</param>
/// <param name="Facts">Named facts for the evidence bundle (counts, versions, dates), as strings.</param>
/// <param name="Note">Why it was skipped or failed to run, or a remark for the reader.</param>
public sealed record CheckOutcome(
    CheckStatus Status,
    IReadOnlyList<CheckFinding> Findings,
    IReadOnlyDictionary<string, string> Facts,
    string? Note = null)
{
    /// <summary>An outcome decided by its findings: failed when any is above Info, else passed.</summary>
    public static CheckOutcome FromFindings(IReadOnlyList<CheckFinding> findings, IReadOnlyDictionary<string, string>? facts = null) =>
        new(findings.Any(f => f.Level > FindingLevel.Info) ? CheckStatus.Failed : CheckStatus.Passed, findings, facts ?? new Dictionary<string, string>());

    /// <summary>A skipped check with the reason.</summary>
    public static CheckOutcome Skip(string reason) => new(CheckStatus.Skipped, [], new Dictionary<string, string>(), reason);

    /// <summary>A check with nothing to look at.</summary>
    public static CheckOutcome NotApplicable(string reason) => new(CheckStatus.NotApplicable, [], new Dictionary<string, string>(), reason);
}
