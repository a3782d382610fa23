namespace CodeAssure.Web.Triage;

/// <summary>The triage metrics that evidence principles 3.3 and 3.5 (see <see cref="TriageMetrics"/>).</summary>
/// <param name="At">When they were computed.</param>
/// <param name="WindowDays">The window for mean time to remediate, in days back from <paramref name="At"/>.</param>
/// <param name="Open">Open findings and overdue ones, per severity, most severe first.</param>
/// <param name="OpenTotal">All open findings.</param>
/// <param name="OverdueTotal">All overdue findings.</param>
/// <param name="Remediation">Mean time to remediate per severity, over findings resolved in the window.</param>
/// <param name="RemediationOverall">The same over all severities.</param>
/// <param name="Compliance">SLA compliance per calendar month (UTC), oldest first, the current month last.</param>
internal sealed record TriageFigures(
    DateTimeOffset At,
    int WindowDays,
    IReadOnlyList<SeverityOpenCount> Open,
    int OpenTotal,
    int OverdueTotal,
    IReadOnlyList<RemediationTime> Remediation,
    RemediationTime RemediationOverall,
    IReadOnlyList<MonthlyCompliance> Compliance);
