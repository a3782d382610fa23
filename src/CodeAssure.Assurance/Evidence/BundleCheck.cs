using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Evidence;

/// <summary>One check as it ran in an uploaded scan.</summary>
/// <param name="Id">The check id, e.g. CA-VDP-001.</param>
/// <param name="Title">Its name.</param>
/// <param name="Claims">The claims it evidences.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Note">Why it was skipped or in error.</param>
/// <param name="Findings">What it found.</param>
/// <param name="Facts">The named facts it recorded.</param>
public sealed record BundleCheck(
    string Id,
    string Title,
    IReadOnlyList<ClaimId> Claims,
    BundleCheckStatus Status,
    string? Note,
    IReadOnlyList<BundleFinding> Findings,
    IReadOnlyDictionary<string, string> Facts);
