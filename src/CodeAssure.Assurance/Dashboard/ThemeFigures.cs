namespace CodeAssure.Assurance.Dashboard;

/// <summary>The answers to one theme's claims, and per principle.</summary>
/// <param name="Id">The theme number.</param>
/// <param name="Title">Its title.</param>
/// <param name="Counts">All its claims' answers.</param>
/// <param name="Principles">Its principles that the assessment covers, in id order.</param>
public sealed record ThemeFigures(int Id, string Title, AnswerCounts Counts, IReadOnlyList<PrincipleFigures> Principles);
