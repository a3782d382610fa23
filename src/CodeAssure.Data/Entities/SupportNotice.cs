namespace CodeAssure.Data.Entities;

/// <summary>
/// A notice published to customers about a support period (principle 4.2). The row and the notification event it
/// queued are the evidence of publication; the outbox messages carrying that event's id are the evidence of delivery.
/// </summary>
public sealed class SupportNotice
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The product.</summary>
    public Guid ProductId { get; set; }

    /// <summary>The support period announced.</summary>
    public Guid SupportPeriodId { get; set; }

    /// <summary>What it announces.</summary>
    public SupportNoticeKind Kind { get; set; }

    /// <summary>The text customers receive.</summary>
    public required string Text { get; set; }

    /// <summary>When it was published.</summary>
    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>Who published it (user id).</summary>
    public required string PublishedBy { get; set; }

    /// <summary>The notification event queued for customers; its outbox messages record delivery.</summary>
    public Guid? NotificationEventId { get; set; }
}
