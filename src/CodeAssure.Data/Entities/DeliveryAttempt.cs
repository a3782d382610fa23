namespace CodeAssure.Data.Entities;

/// <summary>One attempt to deliver an outbox message, successful or not: the delivery log.</summary>
public sealed class DeliveryAttempt
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The outbox message.</summary>
    public Guid OutboxMessageId { get; set; }

    /// <summary>The organisation, when the message is about one (so the log can be listed per tenant).</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>When the attempt started.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Whether the message was delivered.</summary>
    public bool Succeeded { get; set; }

    /// <summary>The HTTP status code (webhooks) or SMTP reply code (email), when there was one.</summary>
    public int? StatusCode { get; set; }

    /// <summary>What went wrong, in one line; null on success.</summary>
    public string? Error { get; set; }

    /// <summary>How long the attempt took, in milliseconds.</summary>
    public long DurationMilliseconds { get; set; }
}
