namespace CodeAssure.Web.Assessments;

/// <summary>One claim's answer as a form or the API sends it, still unchecked.</summary>
internal sealed record ClaimEdit(string? Answer, string? Justification, string? Argument, string? Owner, string? TargetDate, IReadOnlyList<string>? Evidence = null);
