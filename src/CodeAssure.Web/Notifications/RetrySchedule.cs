namespace CodeAssure.Web.Notifications;

/// <summary>
/// When to try again after a failed delivery: 1 minute, 5 minutes, 30 minutes, 2 hours, then every 12 hours, each
/// plus up to 10% random jitter so that many messages failing together (a receiver's outage) do not retry in lockstep.
/// </summary>
internal static class RetrySchedule
{
    private static readonly TimeSpan[] Delays =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(12),
    ];

    /// <summary>The delay before the next attempt, after <paramref name="failedAttempts"/> failures (1 or more), without jitter.</summary>
    public static TimeSpan BaseDelay(int failedAttempts) => Delays[Math.Clamp(failedAttempts, 1, Delays.Length) - 1];

    /// <summary>When the next attempt is due.</summary>
    public static DateTimeOffset NextAttempt(DateTimeOffset now, int failedAttempts, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var delay = BaseDelay(failedAttempts);
        return now + delay + (delay * random.NextDouble() * 0.1);
    }
}
