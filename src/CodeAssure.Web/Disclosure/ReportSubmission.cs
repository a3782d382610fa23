namespace CodeAssure.Web.Disclosure;

/// <summary>The report form as sent, before validation.</summary>
internal sealed record ReportSubmission(
    string? ReporterName,
    string? ReporterEmail,
    string? ProductId,
    string? Title,
    string? Description,
    string? SeverityGuess,
    string? Honeypot,
    string? Stamp);
