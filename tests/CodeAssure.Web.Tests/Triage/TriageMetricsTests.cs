using CodeAssure.Data.Entities;
using CodeAssure.Web.Triage;

namespace CodeAssure.Web.Tests.Triage;

/// <summary>The metrics from hand-seeded findings; every expected number is worked out in the comments.</summary>
public sealed class TriageMetricsTests
{
    private static readonly DateTimeOffset Now = At("2026-06-15T12:00:00Z");

    [Fact]
    public void Computes_open_counts_mean_time_to_remediate_and_monthly_compliance_exactly()
    {
        var findings = new List<VulnerabilityFinding>
        {
            // Resolved after 4 days, due 05-08: met in May.
            Seeded("A", FindingSeverity.Critical, FindingStatus.Fixed, "2026-05-01", "2026-05-08", "2026-05-05"),
            // Resolved after 10 days, due 05-17: missed in May.
            Seeded("B", FindingSeverity.Critical, FindingStatus.Fixed, "2026-05-10", "2026-05-17", "2026-05-20"),
            // Not affected after 15 days, due 05-01: met in May.
            Seeded("C", FindingSeverity.High, FindingStatus.NotAffected, "2026-04-01", "2026-05-01", "2026-04-16"),
            // Open and due 05-31: missed in May, and overdue now.
            Seeded("D", FindingSeverity.High, FindingStatus.Affected, "2026-05-01", "2026-05-31", null),
            // Open, due in August: neither overdue nor counted in any month yet.
            Seeded("E", FindingSeverity.Medium, FindingStatus.UnderInvestigation, "2026-06-01", "2026-08-30", null),
            // Resolved after 40 days, before the 90-day window: met in January, not in the mean.
            Seeded("F", FindingSeverity.Low, FindingStatus.Fixed, "2025-12-01", "2026-01-20", "2026-01-10"),
            // Open, due later this month: not yet counted in June.
            Seeded("G", FindingSeverity.Critical, FindingStatus.UnderInvestigation, "2026-06-13", "2026-06-20", null),
            // Resolved after 2 days, due 06-10: met in June.
            Seeded("H", FindingSeverity.Medium, FindingStatus.Fixed, "2026-06-01", "2026-06-10", "2026-06-03"),
        };

        var m = TriageMetrics.Compute(findings, Now, windowDays: 90);

        Assert.Equal(3, m.OpenTotal);
        Assert.Equal(1, m.OverdueTotal);
        Assert.Equal(new SeverityOpenCount("critical", 1, 0), m.Open.Single(o => o.Severity == "critical"));
        Assert.Equal(new SeverityOpenCount("high", 1, 1), m.Open.Single(o => o.Severity == "high"));
        Assert.Equal(new SeverityOpenCount("medium", 1, 0), m.Open.Single(o => o.Severity == "medium"));
        Assert.Equal(new SeverityOpenCount("low", 0, 0), m.Open.Single(o => o.Severity == "low"));

        // Critical: (4 + 10) / 2 = 7; high: 15; medium: 2; low: F is outside the window; all: (4 + 10 + 15 + 2) / 4 = 7.75.
        Assert.Equal(new RemediationTime("critical", 2, 7.0), m.Remediation.Single(r => r.Severity == "critical"));
        Assert.Equal(new RemediationTime("high", 1, 15.0), m.Remediation.Single(r => r.Severity == "high"));
        Assert.Equal(new RemediationTime("medium", 1, 2.0), m.Remediation.Single(r => r.Severity == "medium"));
        Assert.Equal(new RemediationTime("low", 0, null), m.Remediation.Single(r => r.Severity == "low"));
        Assert.Equal(new RemediationTime("all", 4, 7.75), m.RemediationOverall);

        Assert.Equal(12, m.Compliance.Count);
        Assert.Equal("2025-07", m.Compliance[0].Month);
        Assert.Equal("2026-06", m.Compliance[^1].Month);
        Assert.Equal(new MonthlyCompliance("2026-05", 4, 2, 0.5), m.Compliance.Single(c => c.Month == "2026-05"));
        Assert.Equal(new MonthlyCompliance("2026-06", 1, 1, 1.0), m.Compliance.Single(c => c.Month == "2026-06"));
        Assert.Equal(new MonthlyCompliance("2026-01", 1, 1, 1.0), m.Compliance.Single(c => c.Month == "2026-01"));
        Assert.All(m.Compliance.Where(c => c.Month is not ("2026-01" or "2026-05" or "2026-06")), c => Assert.Equal(new MonthlyCompliance(c.Month, 0, 0, null), c));
    }

    [Fact]
    public void Counts_a_finding_reopened_after_its_due_date_as_missed()
    {
        var reopened = Seeded("R", FindingSeverity.High, FindingStatus.UnderInvestigation, "2026-05-01", "2026-05-31", null);

        var m = TriageMetrics.Compute([reopened], Now);

        Assert.Equal(new MonthlyCompliance("2026-05", 1, 0, 0.0), m.Compliance.Single(c => c.Month == "2026-05"));
        Assert.Equal(1, m.OverdueTotal);
    }

    [Fact]
    public void Chart_escapes_text_and_states_every_value()
    {
        var m = TriageMetrics.Compute([Seeded("A", FindingSeverity.Critical, FindingStatus.Fixed, "2026-05-01", "2026-05-08", "2026-05-05")], Now);

        var svg = ComplianceChart.Render(m.Compliance);

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("2026-05: 100% (1 of 1)", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", svg, StringComparison.OrdinalIgnoreCase);
    }

    private static VulnerabilityFinding Seeded(string id, FindingSeverity severity, FindingStatus status, string detected, string due, string? resolved) => new()
    {
        Id = Guid.NewGuid(),
        VulnerabilityId = "CVE-2026-000" + id,
        Severity = severity,
        Status = status,
        DetectedAt = At(detected),
        DueAt = At(due),
        ResolvedAt = resolved is null ? null : At(resolved),
    };

    private static DateTimeOffset At(string text) =>
        DateTimeOffset.Parse(text.Length == 10 ? text + "T00:00:00Z" : text, System.Globalization.CultureInfo.InvariantCulture);
}
