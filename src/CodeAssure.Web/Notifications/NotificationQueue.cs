using CodeAssure.Data;
using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Notifications;

/// <summary>
/// What producers (advisories, support notices, incidents, disclosure reports, triage) call to tell people something.
/// It only adds rows to the context: the caller's <c>SaveChangesAsync</c> stores them in the same transaction as the
/// change they report, and the dispatcher delivers them later, with retries.
/// </summary>
internal sealed class NotificationQueue(CodeAssureDbContext db, TimeProvider time)
{
    /// <summary>Queues an event for the subscribers of <paramref name="productId"/> (or of the whole organisation).</summary>
    public NotificationEvent Publish(Guid organisationId, Guid? productId, string kind, string title, string summary, string? link, string? payloadJson = null)
    {
        var notification = new NotificationEvent
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisationId,
            ProductId = productId,
            Kind = kind,
            Title = title,
            Summary = summary,
            Link = link,
            PayloadJson = payloadJson,
            OccurredAt = time.GetUtcNow(),
        };
        db.NotificationEvents.Add(notification);
        return notification;
    }

    /// <summary>Queues one email to one address (e.g. a reporter's acknowledgement).</summary>
    public OutboxMessage Email(Guid? organisationId, string to, string subject, string body)
    {
        var now = time.GetUtcNow();
        var message = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisationId,
            Channel = OutboxChannel.Email,
            Target = to,
            Subject = subject,
            Body = body,
            NextAttemptAt = now,
            CreatedAt = now,
        };
        db.Outbox.Add(message);
        return message;
    }
}
