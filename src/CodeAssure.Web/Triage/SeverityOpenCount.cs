namespace CodeAssure.Web.Triage;

/// <summary>Open and overdue findings of one severity.</summary>
internal sealed record SeverityOpenCount(string Severity, int Open, int Overdue);
