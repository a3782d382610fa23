using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Evidence;

/// <summary>One check as it ran in a scan: what it is, how it ended, what it found and the facts it recorded.</summary>
/// <param name="Id">The check's stable id.</param>
/// <param name="Title">Its name.</param>
/// <param name="Principles">The principle ids it evidences.</param>
/// <param name="Claims">The claim ids it evidences.</param>
/// <param name="Status">How the run ended.</param>
/// <param name="Note">Why it was skipped or in error, when it was.</param>
/// <param name="Findings">Its findings, secrets redacted.</param>
/// <param name="Facts">Named facts it recorded.</param>
/// <param name="LooksFor">What the check inspects (from its descriptor); optional in the bundle format.</param>
/// <param name="Remediation">How to fix its findings (from its descriptor); optional in the bundle format.</param>
public sealed record CheckEvidence(
    string Id,
    string Title,
    IReadOnlyList<string> Principles,
    IReadOnlyList<string> Claims,
    CheckStatus Status,
    string? Note,
    IReadOnlyList<CheckFinding> Findings,
    IReadOnlyDictionary<string, string> Facts,
    string? LooksFor = null,
    string? Remediation = null);
