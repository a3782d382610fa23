using CodeAssure.Catalog;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Evidence;

/// <summary>
/// Turns check outcomes into claim and principle statuses for a stakeholder role:
/// a claim with no check, or whose checks only support it, needs human evidence; a claim whose checks found
/// problems is not met (or partially met when others passed); a claim a scan can evidence by itself (catalogue:
/// <see cref="ScanCoverage.Automatic"/>) whose checks all passed is met. Principles take the status of their claims.
/// </summary>
public static class EvidenceAssembler
{
    /// <summary>Assembles the bundle's per-principle view.</summary>
    public static IReadOnlyList<PrincipleEvidence> Assemble(CodeCatalog catalog, StakeholderRole role, IReadOnlyList<CheckEvidence> checks)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(checks);
        var result = new List<PrincipleEvidence>();
        foreach (var principle in catalog.Principles)
        {
            if (role.For(principle) == Applicability.NotApplicable)
            {
                result.Add(new PrincipleEvidence(principle.Id.ToString(), principle.Statement, EvidenceStatus.NotApplicable,
                    [.. principle.Claims.Select(c => new ClaimEvidence(c.Id.ToString(), c.Statement, EvidenceStatus.NotApplicable, [], $"principle {principle.Id} does not apply to the {role.Id} role"))]));
                continue;
            }

            var claims = principle.Claims.Select(c => ForClaim(c, checks)).ToList();
            result.Add(new PrincipleEvidence(principle.Id.ToString(), principle.Statement, Combine(claims.Select(c => c.Status).ToList()), claims));
        }

        return result;
    }

    private static ClaimEvidence ForClaim(Claim claim, IReadOnlyList<CheckEvidence> checks)
    {
        var id = claim.Id.ToString();
        var mine = checks.Where(c => c.Claims.Contains(id)).ToList();
        var ids = mine.Select(c => c.Id).ToList();
        var ran = mine.Where(c => c.Status is CheckStatus.Passed or CheckStatus.Failed).ToList();
        if (ran.Count == 0)
        {
            var reason = mine.Count == 0
                ? "no repository check can show this: evidence from documents, records or people is needed"
                : $"its checks did not run here ({string.Join("; ", mine.Select(c => $"{c.Id}: {c.Note ?? c.Status.ToString()}"))})";
            return new ClaimEvidence(id, claim.Statement, EvidenceStatus.NeedsHumanEvidence, ids, reason);
        }

        var failed = ran.Where(c => c.Status == CheckStatus.Failed).Select(c => c.Id).ToList();
        if (failed.Count == ran.Count)
        {
            return new ClaimEvidence(id, claim.Statement, EvidenceStatus.NotMet, ids, $"problems found by {string.Join(", ", failed)}");
        }

        if (failed.Count > 0)
        {
            return new ClaimEvidence(id, claim.Statement, EvidenceStatus.PartiallyMet, ids, $"problems found by {string.Join(", ", failed)}; other checks passed");
        }

        return claim.ScanCoverage == ScanCoverage.Automatic
            ? new ClaimEvidence(id, claim.Statement, EvidenceStatus.Met, ids, $"shown by {string.Join(", ", ran.Select(c => c.Id))}")
            : new ClaimEvidence(id, claim.Statement, EvidenceStatus.NeedsHumanEvidence, ids,
                $"supported by {string.Join(", ", ran.Select(c => c.Id))}, but a scan alone cannot show it: add documentary evidence");
    }

    private static EvidenceStatus Combine(IReadOnlyList<EvidenceStatus> statuses)
    {
        var relevant = statuses.Where(s => s != EvidenceStatus.NotApplicable).ToList();
        if (relevant.Count == 0)
        {
            return EvidenceStatus.NotApplicable;
        }

        if (relevant.All(s => s == EvidenceStatus.Met))
        {
            return EvidenceStatus.Met;
        }

        if (relevant.All(s => s == EvidenceStatus.NotMet))
        {
            return EvidenceStatus.NotMet;
        }

        if (relevant.All(s => s == EvidenceStatus.NeedsHumanEvidence))
        {
            return EvidenceStatus.NeedsHumanEvidence;
        }

        return relevant.Any(s => s is EvidenceStatus.NotMet or EvidenceStatus.PartiallyMet)
            ? EvidenceStatus.PartiallyMet
            : EvidenceStatus.NeedsHumanEvidence;
    }
}
