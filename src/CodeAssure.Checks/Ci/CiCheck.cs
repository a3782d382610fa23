using CodeAssure.Catalog;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Ci;

/// <summary>One build-environment check: its stable id, what it looks for, its usual level and how to fix what it finds.</summary>
/// <param name="Id">The stable check id, e.g. CA-CI-001.</param>
/// <param name="Title">What the check looks for, in a few words.</param>
/// <param name="Level">The level its findings usually have (some rules of a check report lower or higher; see the docs).</param>
/// <param name="Principle">The principle of the Code the check gives evidence for.</param>
/// <param name="Claim">The claim it gives evidence for, when one fits.</param>
/// <param name="Remediation">How to fix a finding.</param>
public sealed record CiCheck(string Id, string Title, FindingLevel Level, PrincipleId Principle, ClaimId? Claim, string Remediation);
