namespace CodeAssure.Web.Monitoring;

/// <summary>
/// Release SBOMs, OSV matching and the background job queue. Every value left null comes from configuration
/// (<c>Osv:IndexPath</c>, <c>Osv:SyncUrl</c>, <c>Osv:SyncInterval</c>, <c>Jobs:PollInterval</c>, <c>Jobs:InstanceId</c>)
/// or else a default.
/// </summary>
public sealed record MonitoringOptions
{
    /// <summary>The OSV index to match against (default <c>osv/osv.idx</c> under the data folder).</summary>
    public string? IndexPath { get; init; }

    /// <summary>An OSV zip or record URL to import on a schedule (none: only <c>codeassure osv import</c> changes the index).</summary>
    public string? SyncUrl { get; init; }

    /// <summary>How often to sync from <see cref="SyncUrl"/> (default 6 hours, at least 1 minute).</summary>
    public TimeSpan? SyncInterval { get; init; }

    /// <summary>How often an idle worker looks for jobs and for a changed index (default 5 seconds).</summary>
    public TimeSpan? PollInterval { get; init; }

    /// <summary>How long a claimed job is reserved for its worker before another instance may take it over (default 5 minutes).</summary>
    public TimeSpan? LeaseDuration { get; init; }

    /// <summary>This server instance's name in the job table (default: host name, process id and a random suffix).</summary>
    public string? InstanceId { get; init; }

    /// <summary>Whether this instance runs background jobs at all (default true; false serves pages and API only).</summary>
    public bool RunJobs { get; init; } = true;
}
