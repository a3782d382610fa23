using System.Text.Json;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Notifications;

/// <summary>
/// Turns each new notification event into one outbox message per matching confirmed subscription, in one transaction
/// with marking the event fanned out. The mark is a conditional update, so two instances never fan out the same event.
/// </summary>
internal sealed class NotificationFanOut(CodeAssureDbContext db, TimeProvider time, SubscriptionTokens tokens, PublicAddress address)
{
    private const int BatchSize = 100;

    /// <summary>Fans out waiting events; returns how many outbox messages were queued.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Every waiting event's id and time (ordered here: SQLite cannot order by DateTimeOffset), so each pass takes the
        // oldest; an unordered row limit in SQL would pick an arbitrary subset once there is a backlog.
        var waiting = await db.NotificationEvents.AsNoTracking().Where(e => e.FannedOutAt == null)
            .Select(e => new { e.Id, e.OccurredAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var queued = 0;
        foreach (var id in waiting.OrderBy(e => e.OccurredAt).Take(BatchSize).Select(e => e.Id))
        {
            queued += await FanOutAsync(id, cancellationToken).ConfigureAwait(false);
        }

        return queued;
    }

    private async Task<int> FanOutAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var claimed = await db.NotificationEvents.Where(e => e.Id == eventId && e.FannedOutAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.FannedOutAt, now), cancellationToken).ConfigureAwait(false);
        if (claimed == 0)
        {
            return 0; // another instance got there first
        }

        var notification = await db.NotificationEvents.AsNoTracking().FirstAsync(e => e.Id == eventId, cancellationToken).ConfigureAwait(false);
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == notification.OrganisationId, cancellationToken).ConfigureAwait(false);
        var productName = notification.ProductId is { } pid
            ? await db.Products.AsNoTracking().Where(p => p.Id == pid).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : null;
        // Product subscribers hear about their product and about organisation-wide news; organisation subscribers hear everything.
        var subscriptions = (await db.Subscriptions.AsNoTracking()
                .Where(s => s.OrganisationId == notification.OrganisationId && s.ConfirmedAt != null &&
                    (s.ProductId == null || s.ProductId == notification.ProductId || notification.ProductId == null))
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => SubscriptionService.Wants(s, notification.Kind))
            .ToList();

        var webhookBody = WebhookBody(notification, organisation);
        foreach (var subscription in subscriptions)
        {
            var email = subscription.Channel == OutboxChannel.Email;
            db.Outbox.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(),
                OrganisationId = organisation.Id,
                EventId = notification.Id,
                Channel = subscription.Channel,
                Target = subscription.Target,
                Subject = email ? Truncate($"[{organisation.Name}] {notification.Title}", 500) : notification.Kind,
                Body = email ? EmailBody(notification, organisation, productName, subscription) : webhookBody,
                SubscriptionId = subscription.Id,
                NextAttemptAt = now,
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return subscriptions.Count;
    }

    private string EmailBody(NotificationEvent notification, Organisation organisation, string? productName, Subscription subscription)
    {
        var details = notification.Link is { Length: > 0 } link ? $"\nDetails: {address.Link(link)}\n" : "";
        var scope = subscription.ProductId is null ? "all products" : productName ?? "one product";
        var unsubscribe = address.Link($"/trust/{organisation.Slug}/unsubscribe?token={Uri.EscapeDataString(tokens.UnsubscribeToken(subscription.Id))}");
        return $"{notification.Title}\n\n{notification.Summary}\n{details}\n-- \n" +
            $"You receive this because you subscribed to security notifications from {organisation.Name} ({scope}).\n" +
            $"Unsubscribe: {unsubscribe}\n";
    }

    private string WebhookBody(NotificationEvent notification, Organisation organisation)
    {
        JsonElement? data = null;
        if (notification.PayloadJson is { Length: > 0 } json)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                data = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                data = null; // a producer's malformed payload must not stop the notification itself
            }
        }

        var payload = new WebhookPayload(notification.Id, notification.Kind, organisation.Slug, notification.ProductId, notification.Title,
            notification.Summary, notification.Link is { Length: > 0 } link ? address.Link(link).AbsoluteUri : null, notification.OccurredAt, data);
        return JsonSerializer.Serialize(payload);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
