using System.Globalization;
using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Triage;

/// <summary>
/// Computes the triage metrics from findings; pure, so the page, the API and the tests share one definition:
/// <list type="bullet">
/// <item>open = under investigation or affected; overdue = open and past its due date;</item>
/// <item>mean time to remediate = mean of (resolved − detected) in days over findings resolved (fixed or not affected)
/// in the last <c>windowDays</c>;</item>
/// <item>SLA compliance of a month = findings whose due date falls in that month and has passed, resolved on or before
/// it, divided by all of them (a finding reopened since counts as missed).</item>
/// </list>
/// </summary>
internal static class TriageMetrics
{
    public const int DefaultWindowDays = 90;
    public const int Months = 12;

    public static TriageFigures Compute(IReadOnlyCollection<VulnerabilityFinding> findings, DateTimeOffset now, int windowDays = DefaultWindowDays)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var open = TriageNames.Severities
            .Select(s => new SeverityOpenCount(
                TriageNames.Name(s),
                findings.Count(f => f.Severity == s && FindingWorkflow.IsOpen(f)),
                findings.Count(f => f.Severity == s && FindingWorkflow.IsOverdue(f, now))))
            .ToList();

        var windowStart = now.AddDays(-windowDays);
        var resolved = findings.Where(f => f.ResolvedAt is { } r && r > windowStart && r <= now).ToList();
        var remediation = TriageNames.Severities.Select(s => Remediation(TriageNames.Name(s), resolved.Where(f => f.Severity == s))).ToList();

        var month = new DateTimeOffset(now.UtcDateTime.Year, now.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var compliance = Enumerable.Range(0, Months).Reverse()
            .Select(back => Compliance(findings, month.AddMonths(-back), now))
            .ToList();

        return new TriageFigures(now, windowDays, open, open.Sum(o => o.Open), open.Sum(o => o.Overdue), remediation, Remediation("all", resolved), compliance);
    }

    private static RemediationTime Remediation(string severity, IEnumerable<VulnerabilityFinding> resolved)
    {
        var days = resolved.Select(f => (f.ResolvedAt!.Value - f.DetectedAt).TotalDays).ToList();
        return new RemediationTime(severity, days.Count, days.Count == 0 ? null : Math.Round(days.Average(), 2));
    }

    private static MonthlyCompliance Compliance(IReadOnlyCollection<VulnerabilityFinding> findings, DateTimeOffset start, DateTimeOffset now)
    {
        var end = start.AddMonths(1);
        var due = findings.Where(f => f.DueAt is { } d && d >= start && d < end && d <= now).ToList();
        var met = due.Count(f => f.ResolvedAt is { } r && r <= f.DueAt!.Value);
        return new MonthlyCompliance(
            start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            due.Count,
            met,
            due.Count == 0 ? null : Math.Round((double)met / due.Count, 4));
    }
}
