namespace CodeAssure.Web.Lifecycle;

/// <summary>An incident as typed in a form or sent to the API, before it is checked. On a change, null means "leave as is".</summary>
/// <param name="Title">What happened, in one line.</param>
/// <param name="Description">What happened, in full (internal).</param>
/// <param name="Severity">unknown, none, low, medium, high or critical.</param>
/// <param name="Status">investigating, contained or resolved.</param>
/// <param name="StartedAt">When it started (ISO 8601; without an offset, UTC).</param>
/// <param name="DetectedAt">When it was detected.</param>
/// <param name="ResolvedAt">When it was resolved.</param>
/// <param name="AffectedProductIds">Ids of the affected products.</param>
/// <param name="AffectedCustomers">Which customers are affected.</param>
internal sealed record IncidentInput(
    string? Title,
    string? Description,
    string? Severity,
    string? Status,
    string? StartedAt,
    string? DetectedAt,
    string? ResolvedAt,
    IReadOnlyList<string>? AffectedProductIds,
    string? AffectedCustomers);
