using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Advisories;

/// <summary>An advisory in API answers (the CSAF document itself is at <c>…/{id}/csaf</c>).</summary>
internal sealed record AdvisoryResponse(
    Guid Id,
    string TrackingId,
    string Title,
    string Status,
    string Version,
    string? Severity,
    DateTimeOffset? InitialReleaseDate,
    DateTimeOffset CurrentReleaseDate,
    IReadOnlyList<string> ProductIds,
    string? CsafUrl)
{
    public static AdvisoryResponse From(Advisory advisory, Uri portal) => new(
        advisory.Id,
        advisory.TrackingId,
        advisory.Title,
        advisory.Status == AdvisoryStatus.Final ? "final" : "draft",
        advisory.Version,
        advisory.AggregateSeverity,
        advisory.InitialReleaseDate,
        advisory.CurrentReleaseDate,
        advisory.ProductIds.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        advisory is { Status: AdvisoryStatus.Final, InitialReleaseDate: { } initial }
            ? new Uri(portal, CsafProviderLayout.DocumentPath(initial, advisory.TrackingId)).AbsoluteUri
            : null);
}
