namespace CodeAssure.Attestation.Verification;

/// <summary>How the claims of one principle were answered.</summary>
/// <param name="Principle">The principle id, e.g. 2.3.</param>
/// <param name="Met">Claims met.</param>
/// <param name="PartiallyMet">Claims partly met.</param>
/// <param name="NotMet">Claims not met.</param>
/// <param name="NotApplicable">Claims that do not apply.</param>
public sealed record PrincipleSummary(string Principle, int Met, int PartiallyMet, int NotMet, int NotApplicable);
