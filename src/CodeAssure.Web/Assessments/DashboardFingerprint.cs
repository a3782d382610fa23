namespace CodeAssure.Web.Assessments;

/// <summary>
/// What a cached dashboard was computed from: the day (overdue gaps and support notice periods are counted in days)
/// and the organisation's latest audit sequence number (any saved change to its data moves it on).
/// </summary>
/// <param name="Day">The UTC day the view was computed for.</param>
/// <param name="LatestChange">The sequence number of the organisation's latest audit entry (0 when there is none).</param>
internal readonly record struct DashboardFingerprint(DateOnly Day, long LatestChange);
