using CodeAssure.Data.Entities;
using CodeAssure.Web.Validation;

namespace CodeAssure.Web.Triage;

/// <summary>What a findings list is narrowed to; every part is optional. Built from query text by <see cref="Parse"/>.</summary>
internal sealed record FindingFilter(
    Guid? ProductId = null,
    Guid? ReleaseId = null,
    FindingStatus? Status = null,
    FindingSeverity? Severity = null,
    bool OverdueOnly = false,
    bool OpenOnly = false,
    string? Assignee = null)
{
    /// <summary>The assignee value that selects unassigned findings.</summary>
    public const string Unassigned = "none";

    public static FindingFilter Parse(string? product, string? release, string? status, string? severity, string? overdue, string? assignee)
    {
        var statusText = status?.Trim();
        var open = string.Equals(statusText, "open", StringComparison.OrdinalIgnoreCase);
        return new FindingFilter(
            OptionalGuid("product", product),
            OptionalGuid("release", release),
            open ? null : TriageNames.ParseOptionalStatus("status", statusText),
            TriageNames.ParseOptionalSeverity("severity", severity),
            Flag("overdue", overdue),
            open,
            Input.Optional("assignee", assignee, 256, "The assignee"));
    }

    private static Guid? OptionalGuid(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : Guid.TryParse(value.Trim(), out var id) ? id
        : throw new InvalidInputException(field, $"The {field} must be an id (a GUID).");

    private static bool Flag(string field, string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "FALSE" or "0" => false,
        "TRUE" or "1" or "ON" => true,
        _ => throw new InvalidInputException(field, $"The {field} filter must be true or false."),
    };
}
