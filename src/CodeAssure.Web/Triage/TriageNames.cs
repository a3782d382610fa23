using CodeAssure.Data.Entities;
using CodeAssure.Web.Validation;

namespace CodeAssure.Web.Triage;

/// <summary>
/// The names statuses and severities have in the API, forms and URLs: the OpenVEX status names
/// (<c>under_investigation</c>, <c>affected</c>, <c>not_affected</c>, <c>fixed</c>) and lower-case CVSS ratings.
/// </summary>
internal static class TriageNames
{
    public static readonly IReadOnlyList<FindingStatus> Statuses =
        [FindingStatus.UnderInvestigation, FindingStatus.Affected, FindingStatus.NotAffected, FindingStatus.Fixed];

    /// <summary>Most severe first, as lists and metrics show them.</summary>
    public static readonly IReadOnlyList<FindingSeverity> Severities =
        [FindingSeverity.Critical, FindingSeverity.High, FindingSeverity.Medium, FindingSeverity.Low, FindingSeverity.None, FindingSeverity.Unknown];

    public static string Name(FindingStatus status) => status switch
    {
        FindingStatus.UnderInvestigation => "under_investigation",
        FindingStatus.Affected => "affected",
        FindingStatus.NotAffected => "not_affected",
        FindingStatus.Fixed => "fixed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Label(FindingStatus status) => status switch
    {
        FindingStatus.UnderInvestigation => "Under investigation",
        FindingStatus.Affected => "Affected",
        FindingStatus.NotAffected => "Not affected",
        FindingStatus.Fixed => "Fixed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Name(FindingSeverity severity) =>
#pragma warning disable CA1308 // The API's names are lower case by design.
        severity.ToString().ToLowerInvariant();
#pragma warning restore CA1308

    public static string Name(FindingSource source) => source switch
    {
        FindingSource.Osv => "osv",
        FindingSource.Report => "report",
        FindingSource.Manual => "manual",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    public static FindingStatus ParseStatus(string field, string? value) =>
        ParseOptionalStatus(field, value) ?? throw new InvalidInputException(field, "The status is required: " + StatusList + ".");

    public static FindingStatus? ParseOptionalStatus(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        foreach (var status in Statuses)
        {
            if (string.Equals(text, Name(status), StringComparison.OrdinalIgnoreCase) || string.Equals(text, status.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return status;
            }
        }

        throw new InvalidInputException(field, $"Unknown status '{Shorten(text)}': use one of {StatusList}.");
    }

    public static FindingSeverity? ParseOptionalSeverity(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        foreach (var severity in Severities)
        {
            if (string.Equals(text, Name(severity), StringComparison.OrdinalIgnoreCase))
            {
                return severity;
            }
        }

        throw new InvalidInputException(field, $"Unknown severity '{Shorten(text)}': use one of {string.Join(", ", Severities.Select(Name))}.");
    }

    private static string StatusList => string.Join(", ", Statuses.Select(Name));

    internal static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
