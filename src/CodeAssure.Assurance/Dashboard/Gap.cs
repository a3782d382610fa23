using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Dashboard;

/// <summary>A claim that is not met or only partially met, with what happens next.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Principle">Its principle.</param>
/// <param name="Statement">The claim's statement.</param>
/// <param name="Answer">Partially met or not met.</param>
/// <param name="Owner">Who closes it, if assigned.</param>
/// <param name="TargetDate">By when, if set.</param>
/// <param name="NextAction">"Owner by yyyy-mm-dd", or what is missing ("assign an owner", "set a target date").</param>
/// <param name="IsOverdue">True when the target date has passed.</param>
public sealed record Gap(ClaimId Claim, PrincipleId Principle, string Statement, Answer Answer, string? Owner, DateOnly? TargetDate, string NextAction, bool IsOverdue);
