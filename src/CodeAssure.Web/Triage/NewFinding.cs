namespace CodeAssure.Web.Triage;

/// <summary>A finding entered by hand, as the form or the API sent it (checked by <see cref="FindingService.CreateAsync"/>).</summary>
internal sealed record NewFinding(
    string? ProductId,
    string? ReleaseId,
    string? VulnerabilityId,
    string? Aliases,
    string? Summary,
    string? PackageUrl,
    string? Severity,
    string? CvssVector,
    string? Assignee);
