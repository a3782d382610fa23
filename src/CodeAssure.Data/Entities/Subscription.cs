namespace CodeAssure.Data.Entities;

/// <summary>
/// Someone who wants to hear about an organisation's products: by email (after confirming the address) or by a signed
/// webhook. The dispatcher fans every matching notification event out to confirmed subscriptions through the outbox.
/// </summary>
public sealed class Subscription
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The product, or null for every product of the organisation.</summary>
    public Guid? ProductId { get; set; }

    /// <summary>How notifications are delivered.</summary>
    public OutboxChannel Channel { get; set; }

    /// <summary>The email address or the https webhook URL.</summary>
    public required string Target { get; set; }

    /// <summary>The webhook signing secret, protected with ASP.NET Core Data Protection (the dispatcher needs it to sign).</summary>
    public string? ProtectedSecret { get; set; }

    /// <summary>The event kinds wanted, separated by spaces (e.g. <c>advisory.published support.notice</c>); null for all.</summary>
    public string? Kinds { get; set; }

    /// <summary>The user id of whoever subscribed, or <c>anonymous</c> on a public portal.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>When it was made.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the email address was confirmed (webhooks are confirmed when made); null gets nothing.</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }
}
