using CodeAssure.Assurance.SelfAssessment;

namespace CodeAssure.Assurance.Evidence;

/// <summary>A proposal that disagrees with an answer a person already gave; the answer is left as it is.</summary>
/// <param name="Existing">The person's answer.</param>
/// <param name="Proposal">What the scan proposes instead.</param>
public sealed record PrefillConflict(Answer Existing, PrefillProposal Proposal);
