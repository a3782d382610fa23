using CodeAssure.Data;
using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Monitoring;

/// <summary>
/// The background job table as a queue shared by every server instance. A claim is atomic across instances: on
/// PostgreSQL the candidate row is locked with <c>FOR UPDATE SKIP LOCKED</c> (a second instance skips it instead of
/// waiting), on SQLite the claim runs in an IMMEDIATE transaction (the database's single writer lock) and the update
/// is conditional on the row being as it was read. A claim carries a lease; a job whose lease expired (its worker died)
/// is claimed again, up to <see cref="MonitoringSettings.MaxAttempts"/> times.
/// </summary>
internal sealed class JobQueue(CodeAssureDbContext db, TimeProvider time)
{
    /// <summary>Adds a job to the context; the caller's SaveChanges stores it with the change that caused it.</summary>
    public BackgroundJob Add(string kind, string? payload)
    {
        var now = time.GetUtcNow();
        var job = new BackgroundJob { Id = Guid.NewGuid(), Kind = kind, Payload = payload, State = BackgroundJobState.Queued, CreatedAt = now, RunAfter = now };
        db.BackgroundJobs.Add(job);
        return job;
    }

    /// <summary>
    /// Enqueues a job unless one with the same key was ever enqueued (by any instance); true when this call added it.
    /// The key's unique index settles a race between instances.
    /// </summary>
    public async Task<bool> EnqueueOnceAsync(string kind, string? payload, string dedupeKey, CancellationToken cancellationToken)
    {
        if (await db.BackgroundJobs.AsNoTracking().AnyAsync(j => j.DedupeKey == dedupeKey, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var job = Add(kind, payload);
        job.DedupeKey = dedupeKey;
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance stored the same key first.
            db.Entry(job).State = EntityState.Detached;
            return false;
        }
    }

    /// <summary>Whether any job is waiting or running (a cheap read that spares idle polls the write lock a claim takes).</summary>
    public Task<bool> AnyPendingAsync(CancellationToken cancellationToken) =>
        db.BackgroundJobs.AsNoTracking().AnyAsync(j => j.State == BackgroundJobState.Queued || j.State == BackgroundJobState.Running, cancellationToken);

    /// <summary>Claims the next due job for <paramref name="instance"/>, or returns null when none is due.</summary>
    public async Task<BackgroundJob?> ClaimAsync(string instance, TimeSpan lease, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var candidate = (await Candidates(now).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault();
            if (candidate is null)
            {
                return null;
            }

            if (candidate.State == BackgroundJobState.Running && candidate.Attempts >= MonitoringSettings.MaxAttempts)
            {
                // Its worker died on the last allowed attempt: give up on it rather than run it a fourth time.
                await Conditional(candidate).ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.State, BackgroundJobState.Failed)
                    .SetProperty(j => j.FinishedAt, now)
                    .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null)
                    .SetProperty(j => j.Error, $"the worker's lease expired on attempt {candidate.Attempts} of {MonitoringSettings.MaxAttempts}"),
                    cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            var expires = now + lease;
            var updated = await Conditional(candidate).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, BackgroundJobState.Running)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                .SetProperty(j => j.ClaimedBy, instance)
                .SetProperty(j => j.ClaimedAt, now)
                .SetProperty(j => j.LeaseExpiresAt, expires),
                cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            if (updated != 1)
            {
                continue;
            }

            candidate.State = BackgroundJobState.Running;
            candidate.Attempts++;
            candidate.ClaimedBy = instance;
            candidate.ClaimedAt = now;
            candidate.LeaseExpiresAt = expires;
            return candidate;
        }
    }

    /// <summary>Extends the lease of a job this instance still holds; false when the claim was lost.</summary>
    public async Task<bool> RenewAsync(BackgroundJob job, TimeSpan lease, CancellationToken cancellationToken) =>
        await Held(job).ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, time.GetUtcNow() + lease), cancellationToken).ConfigureAwait(false) == 1;

    /// <summary>Marks a held job done with its result; false when the claim had been lost (another instance took it over).</summary>
    public async Task<bool> CompleteAsync(BackgroundJob job, string result, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await Held(job).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, BackgroundJobState.Done)
            .SetProperty(j => j.FinishedAt, now)
            .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null)
            .SetProperty(j => j.Result, Clip(result, 4000))
            .SetProperty(j => j.Error, (string?)null),
            cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Records a failed attempt: queued again after a back-off, or failed for good after the last attempt.</summary>
    public async Task<bool> FailAsync(BackgroundJob job, string error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var last = job.Attempts >= MonitoringSettings.MaxAttempts;
        var retryAt = now + TimeSpan.FromSeconds(30 * job.Attempts * job.Attempts);
        return await Held(job).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, last ? BackgroundJobState.Failed : BackgroundJobState.Queued)
            .SetProperty(j => j.FinishedAt, last ? now : (DateTimeOffset?)null)
            .SetProperty(j => j.RunAfter, last ? job.RunAfter : retryAt)
            .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null)
            .SetProperty(j => j.Error, Clip(error, 2000)),
            cancellationToken).ConfigureAwait(false) == 1;
    }

    // Due jobs, oldest first: queued ones whose time has come and running ones whose worker's lease has lapsed.
    // Times are stored in UTC, so SQLite's text form orders as the instants do.
    private IQueryable<BackgroundJob> Candidates(DateTimeOffset now) =>
        db.Database.IsNpgsql()
            ? db.BackgroundJobs.FromSql($"""
                SELECT * FROM "BackgroundJobs"
                WHERE ("State" = 'Queued' AND "RunAfter" <= {now}) OR ("State" = 'Running' AND "LeaseExpiresAt" < {now})
                ORDER BY "RunAfter" LIMIT 1
                FOR UPDATE SKIP LOCKED
                """)
            : db.BackgroundJobs.FromSql($"""
                SELECT * FROM "BackgroundJobs"
                WHERE ("State" = 'Queued' AND "RunAfter" <= {now}) OR ("State" = 'Running' AND "LeaseExpiresAt" < {now})
                ORDER BY "RunAfter" LIMIT 1
                """);

    // The row exactly as it was read: if anything changed it in between, the update touches nothing.
    private IQueryable<BackgroundJob> Conditional(BackgroundJob seen) =>
        db.BackgroundJobs.Where(j => j.Id == seen.Id && j.State == seen.State && j.Attempts == seen.Attempts);

    // This instance's claim, not a later one: same worker, same attempt, still running.
    private IQueryable<BackgroundJob> Held(BackgroundJob job) =>
        db.BackgroundJobs.Where(j => j.Id == job.Id && j.State == BackgroundJobState.Running && j.ClaimedBy == job.ClaimedBy && j.Attempts == job.Attempts);

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
