using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Triage;

/// <summary>A finding in API responses; statuses use the OpenVEX names, severities the lower-case CVSS ratings.</summary>
internal sealed record FindingResponse(
    Guid Id,
    Guid ProductId,
    string ProductName,
    Guid? ReleaseId,
    string? ReleaseVersion,
    string VulnerabilityId,
    IReadOnlyList<string> Aliases,
    string? Summary,
    string? PackageUrl,
    IReadOnlyList<string> Cwes,
    string Severity,
    string? CvssVector,
    double? CvssScore,
    bool? KnownExploited,
    double? Epss,
    string Source,
    string Status,
    string? Justification,
    string? StatusDetail,
    string? FixedInVersion,
    string? Assignee,
    DateTimeOffset DetectedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset UpdatedAt,
    bool Overdue)
{
    public static FindingResponse From(FindingSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var f = s.Finding;
        return new FindingResponse(
            f.Id, f.ProductId, s.ProductName, f.ReleaseId, s.ReleaseVersion, f.VulnerabilityId, Words(f.Aliases), f.Summary, f.PackageUrl, Words(f.Cwes),
            TriageNames.Name(f.Severity), f.CvssVector, f.CvssScore, f.KnownExploited, f.Epss, TriageNames.Name(f.Source), TriageNames.Name(f.Status),
            f.Justification, f.StatusDetail, f.FixedInVersion, s.AssigneeEmail, f.DetectedAt, f.DueAt, f.ResolvedAt, f.UpdatedAt, s.IsOverdue);
    }

    private static string[] Words(string? text) => text?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
}

/// <summary>The body of <c>POST /findings</c>.</summary>
internal sealed record FindingCreateRequest(
    string? ProductId, string? ReleaseId, string? VulnerabilityId, string? Aliases, string? Summary, string? PackageUrl, string? Severity, string? CvssVector, string? Assignee);

/// <summary>The body of <c>PATCH /findings/{id}</c>: a status with its details and/or an assignee (empty string unassigns).</summary>
internal sealed record FindingPatchRequest(string? Status, string? Justification, string? StatusDetail, string? FixedInVersion, string? Assignee);

/// <summary>The body of <c>POST /findings/{id}/comments</c>.</summary>
internal sealed record CommentRequest(string? Text);

/// <summary>The SLA policy: days per severity.</summary>
internal sealed record SlaPolicyBody(int? CriticalDays, int? HighDays, int? MediumDays, int? LowDays, int? UnknownDays)
{
    public static SlaPolicyBody From(SlaDays d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new SlaPolicyBody(d.Critical, d.High, d.Medium, d.Low, d.Unknown);
    }
}

/// <summary>Who may be assigned findings.</summary>
internal sealed record AssignableResponse(string Email, string Role)
{
    public static AssignableResponse From(AssignableMember m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new AssignableResponse(m.Email, m.Role.ToString());
    }
}

/// <summary>A comment in API responses.</summary>
internal sealed record CommentResponse(Guid Id, string Author, string Text, DateTimeOffset CreatedAt)
{
    public static CommentResponse From(FindingCommentView c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new CommentResponse(c.Id, c.Author, c.Text, c.CreatedAt);
    }

    public static CommentResponse From(FindingComment c, string author)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new CommentResponse(c.Id, author, c.Text, c.CreatedAt);
    }
}
