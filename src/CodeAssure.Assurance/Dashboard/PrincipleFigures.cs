using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Dashboard;

/// <summary>The answers to one principle's claims.</summary>
/// <param name="Id">The principle.</param>
/// <param name="Statement">Its statement.</param>
/// <param name="Counts">Its claims' answers.</param>
public sealed record PrincipleFigures(PrincipleId Id, string Statement, AnswerCounts Counts);
