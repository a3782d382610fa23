using CodeAssure.Assurance.Evidence;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Api;

/// <summary>A link to add as evidence.</summary>
internal sealed record LinkRequest(string? Title, string? Url, string? Claim);

/// <summary>The SRO's sign-off: the acknowledgement text they agree to.</summary>
internal sealed record SignOffRequest(string? Acknowledgement);

/// <summary>A stored version without its content.</summary>
internal sealed record VersionResponse(int Number, string Status, string Sha256, string CreatedBy, string CreatedAt, string UpdatedBy, string UpdatedAt, string? SignedOffBy, string? SignedOffAt)
{
    public static VersionResponse From(AssessmentVersion v) => new(v.Number, v.Status, v.Sha256, v.CreatedBy, AssessmentApi.Format(v.CreatedAt),
        v.UpdatedBy, AssessmentApi.Format(v.UpdatedAt), v.SignedOffBy, v.SignedOffAt is { } at ? AssessmentApi.Format(at) : null);
}

/// <summary>What changed in a version from the one before (null <c>Changes</c> for the first).</summary>
internal sealed record DiffResponse(int Number, IReadOnlyList<ClaimChangeResponse>? Claims, IReadOnlyList<string> EvidenceAdded, IReadOnlyList<string> EvidenceRemoved, IReadOnlyList<string> EvidenceChanged)
{
    public static DiffResponse From(int number, AssessmentDiff? diff) => diff is null
        ? new(number, null, [], [], [])
        : new(number, [.. diff.Claims.Select(c => new ClaimChangeResponse(c.Claim.ToString(), c.Kind.ToString(), c.Fields))], diff.EvidenceAdded, diff.EvidenceRemoved, diff.EvidenceChanged);
}

/// <summary>One claim's changed fields.</summary>
internal sealed record ClaimChangeResponse(string Claim, string Kind, IReadOnlyList<FieldChange> Fields);

/// <summary>Pre-fill proposals from an evidence bundle, with where each came from.</summary>
internal sealed record PrefillResponse(Guid BundleId, string BundleSha256, IReadOnlyList<ProposalResponse> Applied, IReadOnlyList<ProposalResponse> Agreeing, IReadOnlyList<ConflictResponse> Conflicts, IReadOnlyList<string> Warnings)
{
    public static PrefillResponse From(PrefillResult result, StoredEvidenceBundle bundle) => new(bundle.Id, bundle.Sha256,
        [.. result.Applied.Select(ProposalResponse.From)], [.. result.Agreeing.Select(ProposalResponse.From)],
        [.. result.Conflicts.Select(c => new ConflictResponse(c.Existing.ToToken(), ProposalResponse.From(c.Proposal)))], result.Warnings);
}

/// <summary>A proposed answer with its provenance.</summary>
internal sealed record ProposalResponse(string Claim, string Answer, string Reason, IReadOnlyList<string> Checks, IReadOnlyList<Provenance> Provenance)
{
    public static ProposalResponse From(PrefillProposal p) => new(p.Claim.ToString(), p.Answer.ToToken(), p.Reason, p.Checks, p.Provenance);
}

/// <summary>A proposal that disagrees with a human answer (which is kept).</summary>
internal sealed record ConflictResponse(string Existing, ProposalResponse Proposal);
