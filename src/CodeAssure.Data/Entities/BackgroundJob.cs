namespace CodeAssure.Data.Entities;

/// <summary>
/// A unit of background work (matching a release, re-matching every release, syncing OSV data). Server instances
/// claim jobs from this table under a row lock and a lease, so each job runs once however many instances there are,
/// and a job whose worker died is claimed again when its lease expires.
/// </summary>
public sealed class BackgroundJob
{
    /// <summary>The job's id.</summary>
    public Guid Id { get; set; }

    /// <summary>What to do, e.g. <c>match-release</c> or <c>rematch-all</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The job's input (e.g. a release id), or null.</summary>
    public string? Payload { get; set; }

    /// <summary>
    /// Makes enqueueing idempotent: at most one job ever has a given key (unique), e.g. one re-match per OSV index version.
    /// </summary>
    public string? DedupeKey { get; set; }

    /// <summary>Where the job is in its life.</summary>
    public BackgroundJobState State { get; set; }

    /// <summary>How many times a worker has claimed it.</summary>
    public int Attempts { get; set; }

    /// <summary>When it was enqueued.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Not claimed before this time (retries back off by moving it later).</summary>
    public DateTimeOffset RunAfter { get; set; }

    /// <summary>The server instance that claimed it last.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>When it was claimed last.</summary>
    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>While running: when the claim lapses unless the worker renews it.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; set; }

    /// <summary>When it finished (done or failed).</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>What it did, as JSON (e.g. counts of new findings).</summary>
    public string? Result { get; set; }

    /// <summary>The last attempt's error.</summary>
    public string? Error { get; set; }
}
