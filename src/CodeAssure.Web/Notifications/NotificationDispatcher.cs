using System.Diagnostics;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Notifications;

/// <summary>
/// The background worker behind notifications: every poll interval it fans new events out to subscribers and then
/// delivers the outbox messages that are due, by email or signed webhook. Each message is leased with a conditional
/// update before it is sent, so several server instances on one database never send it twice; every attempt is logged
/// and failures are retried on <see cref="RetrySchedule"/> until <see cref="NotificationOptions.MaxAttempts"/>.
/// </summary>
internal sealed partial class NotificationDispatcher(
    IServiceScopeFactory scopes, TimeProvider time, NotificationOptions options, WebhookSender webhooks,
    ILogger<NotificationDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 200;

    // Held longer than any attempt can take, so a lease only runs out when its instance died mid-attempt.
    private readonly TimeSpan _lease = options.WebhookTimeout + TimeSpan.FromMinutes(2);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly SmtpSettings? _smtp = options.Smtp;
    private bool _smtpMissingLogged;

    /// <summary>One pass: fan out, then deliver what is due. Tests call it directly.</summary>
    public async Task<DispatchSummary> RunOnceAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            int queued;
            await using (var scope = scopes.CreateAsyncScope())
            {
                queued = await scope.ServiceProvider.GetRequiredService<NotificationFanOut>().RunAsync(cancellationToken).ConfigureAwait(false);
            }

            var (delivered, failed) = await DeliverDueAsync(cancellationToken).ConfigureAwait(false);
            return new DispatchSummary(queued, delivered, failed);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _oneAtATime.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.PollInterval == TimeSpan.Zero)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            // Waiting first lets the server finish starting (and know its own address for links) before the first pass.
            try
            {
                await Task.Delay(options.PollInterval, time, stoppingToken).ConfigureAwait(false);
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The worker must outlive any one failure (e.g. the database restarting); it logs and tries again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogPassFailed(logger, e);
            }
        }
    }

    private async Task<(int Delivered, int Failed)> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CodeAssureDbContext>();
        var tokens = scope.ServiceProvider.GetRequiredService<SubscriptionTokens>();
        var now = time.GetUtcNow();
        var due = await DueAsync(db, now, cancellationToken).ConfigureAwait(false);
        if (_smtp is null && due.Any(m => m.Channel == OutboxChannel.Email))
        {
            if (!_smtpMissingLogged)
            {
                _smtpMissingLogged = true;
                LogSmtpMissing(logger);
            }

            due = [.. due.Where(m => m.Channel != OutboxChannel.Email)];
        }

        var delivered = 0;
        var failed = 0;
        foreach (var candidate in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var leaseEnd = time.GetUtcNow() + _lease;
            var observed = candidate.ClaimedUntil;
            // The lease: only the instance whose update matches the lease value it read may send the message.
            var claimed = await db.Outbox
                .Where(m => m.Id == candidate.Id && m.DeliveredAt == null && m.FailedAt == null && m.ClaimedUntil == observed)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, leaseEnd), cancellationToken).ConfigureAwait(false);
            if (claimed == 0)
            {
                continue;
            }

            var message = await db.Outbox.FirstAsync(m => m.Id == candidate.Id, cancellationToken).ConfigureAwait(false);
            var startedAt = time.GetUtcNow();
            var stopwatch = Stopwatch.StartNew();
            var outcome = await DeliverAsync(db, tokens, message, cancellationToken).ConfigureAwait(false);
            stopwatch.Stop();
            Record(db, message, outcome, startedAt, stopwatch.ElapsedMilliseconds);
            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
            if (outcome.Succeeded)
            {
                delivered++;
            }
            else
            {
                failed++;
            }
        }

        return (delivered, failed);
    }

    private async Task<DeliveryOutcome> DeliverAsync(CodeAssureDbContext db, SubscriptionTokens tokens, OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Channel == OutboxChannel.Email)
        {
            return _smtp is null
                ? DeliveryOutcome.Failed(null, "no SMTP server is configured")
                : await new EmailSender(_smtp).SendAsync(message, cancellationToken).ConfigureAwait(false);
        }

        var subscription = message.SubscriptionId is { } id
            ? await db.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false)
            : null;
        if (subscription is null)
        {
            return DeliveryOutcome.Failed(null, "the webhook subscription no longer exists");
        }

        var secret = tokens.UnprotectSecret(subscription.ProtectedSecret);
        return secret is null
            ? DeliveryOutcome.Failed(null, "the webhook secret cannot be read (data-protection keys missing?)")
            : await webhooks.SendAsync(message, secret, cancellationToken).ConfigureAwait(false);
    }

    private void Record(CodeAssureDbContext db, OutboxMessage message, DeliveryOutcome outcome, DateTimeOffset startedAt, long milliseconds)
    {
        var now = time.GetUtcNow();
        message.Attempts++;
        message.ClaimedUntil = null;
        if (outcome.Succeeded)
        {
            message.DeliveredAt = now;
            message.LastError = null;
        }
        else
        {
            message.LastError = Truncate(outcome.Error ?? "failed", 2000);
            var permanent = message.Channel == OutboxChannel.Webhook && message.SubscriptionId is null;
            if (permanent || message.Attempts >= options.MaxAttempts)
            {
                message.FailedAt = now;
            }
            else
            {
                message.NextAttemptAt = RetrySchedule.NextAttempt(now, message.Attempts, Random.Shared);
            }
        }

        db.DeliveryAttempts.Add(new DeliveryAttempt
        {
            Id = Guid.NewGuid(),
            OutboxMessageId = message.Id,
            OrganisationId = message.OrganisationId,
            At = startedAt,
            Succeeded = outcome.Succeeded,
            StatusCode = outcome.StatusCode,
            Error = outcome.Error is null ? null : Truncate(outcome.Error, 2000),
            DurationMilliseconds = milliseconds,
        });
    }

    // SQLite cannot compare DateTimeOffset values in SQL, so there the due time and the lease are checked in memory.
    private static async Task<List<OutboxMessage>> DueAsync(CodeAssureDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = db.Outbox.AsNoTracking().Where(m => m.DeliveredAt == null && m.FailedAt == null);
        if (db.Database.IsNpgsql())
        {
            return await pending.Where(m => m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .OrderBy(m => m.NextAttemptAt).Take(BatchSize).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var all = await pending.ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. all.Where(m => m.NextAttemptAt <= now && (m.ClaimedUntil is null || m.ClaimedUntil < now)).OrderBy(m => m.NextAttemptAt).Take(BatchSize)];
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification dispatch pass failed; it will run again")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Emails are waiting in the outbox but no SMTP server is configured (set Smtp:Host and Smtp:From)")]
    private static partial void LogSmtpMissing(ILogger logger);
}
