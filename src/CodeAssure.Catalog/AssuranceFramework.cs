namespace CodeAssure.Catalog;

/// <summary>The assurance scheme whose claims the self-assessment answers (NCSC's Assurance Principles and Claims).</summary>
/// <param name="Title">The APC document's title.</param>
/// <param name="Publisher">Who publishes it.</param>
/// <param name="Version">The APC version the claims were taken from.</param>
/// <param name="Method">How claims are answered.</param>
/// <param name="Answers">The answer scale CodeAssure uses.</param>
/// <param name="AnswerScaleNote">Why that scale: NCSC publishes none.</param>
public sealed record AssuranceFramework(
    string Title,
    string Publisher,
    string Version,
    string Method,
    IReadOnlyList<string> Answers,
    string AnswerScaleNote);
