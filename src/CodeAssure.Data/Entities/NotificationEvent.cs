namespace CodeAssure.Data.Entities;

/// <summary>
/// Something customers may want to hear about (an advisory published, a support notice, an incident notice …).
/// Producers add it in the same transaction as the change it reports; the notification dispatcher fans it out to the
/// product's subscribers through the outbox, so nothing is lost across restarts.
/// </summary>
public sealed class NotificationEvent
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The product concerned, or null for organisation-wide news.</summary>
    public Guid? ProductId { get; set; }

    /// <summary>What happened, as a dotted kind: <c>advisory.published</c>, <c>support.notice</c>, <c>incident.notice</c> ….</summary>
    public required string Kind { get; set; }

    /// <summary>A one-line title.</summary>
    public required string Title { get; set; }

    /// <summary>A plain-text summary.</summary>
    public required string Summary { get; set; }

    /// <summary>The trust-portal path with the details (e.g. <c>/trust/acme/advisories/acme-2026-0001</c>).</summary>
    public string? Link { get; set; }

    /// <summary>A JSON object with the machine-readable details, sent in webhooks.</summary>
    public string? PayloadJson { get; set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>When the dispatcher turned it into outbox messages; null until then.</summary>
    public DateTimeOffset? FannedOutAt { get; set; }
}
