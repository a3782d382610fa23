namespace CodeAssure.Data.Entities;

/// <summary>
/// One message waiting to be delivered (or delivered): written in the same transaction as the change that causes it,
/// delivered by the dispatcher with retries and back-off, so delivery survives restarts and failures are logged.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation, when the message is about one.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The event that caused it, if any.</summary>
    public Guid? EventId { get; set; }

    /// <summary>The channel.</summary>
    public OutboxChannel Channel { get; set; }

    /// <summary>The email address or the webhook URL.</summary>
    public required string Target { get; set; }

    /// <summary>The subject line (email) or event kind (webhook).</summary>
    public required string Subject { get; set; }

    /// <summary>The plain-text body (email) or the JSON payload (webhook).</summary>
    public required string Body { get; set; }

    /// <summary>The webhook subscription whose secret signs the payload, for webhooks.</summary>
    public Guid? SubscriptionId { get; set; }

    /// <summary>Delivery attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>When the next attempt is due.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>When it was delivered; null until then.</summary>
    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>When the dispatcher gave up after the last retry; null unless it did.</summary>
    public DateTimeOffset? FailedAt { get; set; }

    /// <summary>The last attempt's error, for the delivery log.</summary>
    public string? LastError { get; set; }

    /// <summary>When it was queued.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Until when a dispatcher holds the message for an attempt (a lease, so two instances never both send it).</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
}
