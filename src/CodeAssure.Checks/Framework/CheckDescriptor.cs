using CodeAssure.Catalog;

namespace CodeAssure.Checks.Framework;

/// <summary>What a check is: its stable id, what it looks for, which principles and claims it evidences, and how to fix what it finds.</summary>
/// <param name="Id">The stable id, e.g. CA-VDP-001; never reused for another meaning.</param>
/// <param name="Title">A short name.</param>
/// <param name="Principles">The principles of the Code it evidences.</param>
/// <param name="Claims">The self-assessment claims it evidences.</param>
/// <param name="LooksFor">What it inspects, in a sentence.</param>
/// <param name="Remediation">How to fix a finding, in a sentence or two.</param>
public sealed record CheckDescriptor(
    string Id,
    string Title,
    IReadOnlyList<PrincipleId> Principles,
    IReadOnlyList<ClaimId> Claims,
    string LooksFor,
    string Remediation);
