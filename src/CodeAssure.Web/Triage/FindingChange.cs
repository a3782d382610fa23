namespace CodeAssure.Web.Triage;

/// <summary>
/// A triage step: a new status with its VEX details, and/or a new assignee. A null <see cref="Status"/> or
/// <see cref="Assignee"/> leaves that part as it is; an empty assignee unassigns.
/// </summary>
internal sealed record FindingChange(
    string? Status = null,
    string? Justification = null,
    string? StatusDetail = null,
    string? FixedInVersion = null,
    string? Assignee = null);
