using CodeAssure.Catalog;

namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>A claim that differs between two versions, field by field.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Kind">Whether it was added, removed or changed.</param>
/// <param name="Fields">The fields that differ (every non-empty field for an added or removed claim).</param>
public sealed record ClaimChange(ClaimId Claim, ChangeKind Kind, IReadOnlyList<FieldChange> Fields);
