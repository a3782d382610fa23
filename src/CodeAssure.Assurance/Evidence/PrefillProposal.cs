using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Evidence;

/// <summary>An answer a scan bundle proposes for one claim, with the facts it rests on.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Answer">Met, partially met or not met (a claim needing human evidence gets no proposal).</param>
/// <param name="Reason">The scan's one-sentence reason.</param>
/// <param name="Checks">The checks that ran for the claim.</param>
/// <param name="Provenance">Where each fact came from (at most <see cref="AssessmentPrefill.MaxProvenancePerCheck"/> per check).</param>
/// <param name="OmittedProvenance">How many further findings were left out of <paramref name="Provenance"/>.</param>
public sealed record PrefillProposal(
    ClaimId Claim,
    Answer Answer,
    string Reason,
    IReadOnlyList<string> Checks,
    IReadOnlyList<Provenance> Provenance,
    int OmittedProvenance);
