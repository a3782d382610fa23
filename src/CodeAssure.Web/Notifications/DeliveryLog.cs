using CodeAssure.Data;
using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Notifications;

/// <summary>The organisation's outbox as its Owner sees it: each message with its attempts, and a way to retry a failed one.</summary>
internal sealed class DeliveryLog(CodeAssureDbContext db, TimeProvider time)
{
    /// <summary>How many messages the log lists (the newest).</summary>
    public const int Size = 100;

    /// <summary>The newest messages of the organisation, newest first, each with its attempts in order.</summary>
    public async Task<IReadOnlyList<(OutboxMessage Message, IReadOnlyList<DeliveryAttempt> Attempts)>> RecentAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        // SQLite cannot order by DateTimeOffset in SQL, so the (id, time) pairs are sorted here.
        var keys = await db.Outbox.AsNoTracking().Where(m => m.OrganisationId == organisationId)
            .Select(m => new { m.Id, m.CreatedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var newest = keys.OrderByDescending(k => k.CreatedAt).Take(Size).Select(k => k.Id).ToList();
        var messages = await db.Outbox.AsNoTracking().Where(m => newest.Contains(m.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var attempts = (await db.DeliveryAttempts.AsNoTracking().Where(a => newest.Contains(a.OutboxMessageId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(a => a.OutboxMessageId);
        return [.. messages.OrderByDescending(m => m.CreatedAt)
            .Select(m => (m, (IReadOnlyList<DeliveryAttempt>)[.. attempts[m.Id].OrderBy(a => a.At)]))];
    }

    /// <summary>Puts a failed message of the organisation back in the queue, due now, with a fresh set of attempts.</summary>
    public async Task<bool> RetryAsync(Guid organisationId, Guid messageId, CancellationToken cancellationToken)
    {
        var message = await db.Outbox.FirstOrDefaultAsync(m => m.Id == messageId && m.OrganisationId == organisationId, cancellationToken).ConfigureAwait(false);
        if (message is null || message.FailedAt is null || (message.Channel == OutboxChannel.Webhook && message.SubscriptionId is null))
        {
            return false;
        }

        message.FailedAt = null;
        message.Attempts = 0;
        message.NextAttemptAt = time.GetUtcNow();
        message.ClaimedUntil = null;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
