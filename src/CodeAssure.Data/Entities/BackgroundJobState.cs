namespace CodeAssure.Data.Entities;

/// <summary>Where a background job is in its life.</summary>
public enum BackgroundJobState
{
    /// <summary>Waiting for a worker (from <see cref="BackgroundJob.RunAfter"/>).</summary>
    Queued = 0,

    /// <summary>Claimed by a worker whose lease has not expired.</summary>
    Running = 1,

    /// <summary>Finished; <see cref="BackgroundJob.Result"/> says what it did.</summary>
    Done = 2,

    /// <summary>Gave up after the last attempt; <see cref="BackgroundJob.Error"/> says why.</summary>
    Failed = 3,
}
