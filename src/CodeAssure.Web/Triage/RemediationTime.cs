namespace CodeAssure.Web.Triage;

/// <summary>How many findings of a severity were resolved in the window and their mean days from detection to resolution (null when none).</summary>
internal sealed record RemediationTime(string Severity, int Resolved, double? MeanDays);
