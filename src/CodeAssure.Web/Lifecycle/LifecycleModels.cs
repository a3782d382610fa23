using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Lifecycle;

/// <summary>Sets a product's support policy.</summary>
internal sealed record SupportPolicyRequest(int? MinimumSupportMonths, string? Reason);

/// <summary>Publishes a notice about a support period.</summary>
internal sealed record SupportNoticeRequest(Guid PeriodId, string? Kind, string? Text, string? ShortNoticeJustification);

/// <summary>A product's support policy.</summary>
internal sealed record SupportPolicyResponse(int MinimumSupportMonths, string Reason, DateTimeOffset UpdatedAt)
{
    public static SupportPolicyResponse? From(SupportPolicy? p) => p is null ? null : new(p.MinimumSupportMonths, p.Reason, p.UpdatedAt);
}

/// <summary>A support period.</summary>
internal sealed record SupportPeriodResponse(
    Guid Id, string Versions, string Level, string StartsOn, string? EndsOn, DateTimeOffset? EndAnnouncedAt, string? ShortNoticeJustification, bool ShortNotice)
{
    public static SupportPeriodResponse From(SupportPeriod p) => new(
        p.Id, p.Versions, LifecycleNames.Of(p.Level), SupportService.Day(p.StartsOn), p.EndsOn is { } e ? SupportService.Day(e) : null,
        p.EndAnnouncedAt, p.ShortNoticeJustification, p.ShortNoticeJustification is not null);
}

/// <summary>A published support notice and its delivery evidence.</summary>
internal sealed record SupportNoticeResponse(
    Guid Id, Guid PeriodId, string Versions, string Kind, string Text, DateTimeOffset PublishedAt, Guid? NotificationEventId,
    DateTimeOffset? FannedOutAt, int Delivered, int Pending, int Failed, DateTimeOffset? LastDeliveredAt)
{
    public static SupportNoticeResponse From(SupportNoticeDelivery d) => new(
        d.Notice.Id, d.Notice.SupportPeriodId, d.Versions, LifecycleNames.Of(d.Notice.Kind), d.Notice.Text, d.Notice.PublishedAt,
        d.Notice.NotificationEventId, d.FannedOutAt, d.Delivered, d.Pending, d.Failed, d.LastDeliveredAt);
}

/// <summary>A product's support: policy, periods, notices.</summary>
internal sealed record ProductSupportResponse(Guid ProductId, SupportPolicyResponse? Policy, IReadOnlyList<SupportPeriodResponse> Periods, IReadOnlyList<SupportNoticeResponse> Notices);

/// <summary>Creates or changes an incident (PATCH: absent fields stay as they are).</summary>
internal sealed record IncidentRequest(
    string? Title, string? Description, string? Severity, string? Status, string? StartedAt, string? DetectedAt, string? ResolvedAt,
    IReadOnlyList<string>? AffectedProductIds, string? AffectedCustomers)
{
    public IncidentInput ToInput() => new(Title, Description, Severity, Status, StartedAt, DetectedAt, ResolvedAt, AffectedProductIds, AffectedCustomers);
}

/// <summary>Adds a timeline entry.</summary>
internal sealed record TimelineRequest(string? At, string? Text);

/// <summary>Publishes the customer notice of an incident.</summary>
internal sealed record IncidentNoticeRequest(string? Summary);

/// <summary>A timeline entry.</summary>
internal sealed record TimelineResponse(Guid Id, DateTimeOffset At, string Text, string Author, DateTimeOffset RecordedAt)
{
    public static TimelineResponse From(IncidentTimelineEntry t) => new(t.Id, t.At, t.Text, t.Author, t.RecordedAt);
}

/// <summary>An incident; the timeline only when one incident is asked for.</summary>
internal sealed record IncidentResponse(
    Guid Id, string Reference, string Title, string? Description, string Severity, string Status, DateTimeOffset StartedAt, DateTimeOffset DetectedAt,
    DateTimeOffset? ResolvedAt, IReadOnlyList<Guid> AffectedProductIds, string? AffectedCustomers, bool Published, string? PublicSummary,
    DateTimeOffset UpdatedAt, IReadOnlyList<TimelineResponse>? Timeline)
{
    public static IncidentResponse From(Incident i, IEnumerable<IncidentTimelineEntry>? timeline = null) => new(
        i.Id, i.Reference, i.Title, i.Description, LifecycleNames.Of(i.Severity), LifecycleNames.Of(i.Status), i.StartedAt, i.DetectedAt,
        i.ResolvedAt, IncidentService.ProductIds(i), i.AffectedCustomers, i.Published, i.PublicSummary, i.UpdatedAt,
        timeline?.Select(TimelineResponse.From).ToList());
}
