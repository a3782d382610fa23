using CodeAssure.Vulnerabilities.Enrichment;
using CodeAssure.Vulnerabilities.Findings;

namespace CodeAssure.Vulnerabilities.Tests.Findings;

public sealed class FindingPriorityTests
{
    private static VulnerabilityFinding Finding(string id, double? score, Severity severity = Severity.Medium, params string[] aliases) => new()
    {
        Purl = $"pkg:npm/{id.ToLowerInvariant()}@1.0.0",
        Name = id,
        Version = "1.0.0",
        Ecosystem = "npm",
        Ids = [id, .. aliases],
        Severity = severity,
        Cvss = score is null ? null : new CvssRating("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "3.1", score.Value),
    };

    [Fact]
    public void Known_exploited_comes_first_then_epss_times_cvss()
    {
        var kev = new KevEntry("CVE-2020-0001", new DateOnly(2020, 1, 1), null, false);
        var exploited = Finding("GHSA-low", 3.1, Severity.Low) with { Kev = kev };
        var likely = Finding("GHSA-likely", 7.5, Severity.High) with { Epss = new EpssScore("CVE-2", 0.9, 0.99) };
        var unlikelyCritical = Finding("GHSA-unlikely", 9.8, Severity.Critical) with { Epss = new EpssScore("CVE-3", 0.01, 0.2) };
        var noEpss = Finding("GHSA-none", 9.9, Severity.Critical);

        var sorted = FindingPriority.Sort([noEpss, unlikelyCritical, likely, exploited]);

        Assert.Equal(["GHSA-low", "GHSA-likely", "GHSA-unlikely", "GHSA-none"], sorted.Select(f => f.Ids[0]));
    }

    [Fact]
    public void Without_scores_findings_order_by_severity_then_component()
    {
        var sorted = FindingPriority.Sort([Finding("B", null, Severity.Low), Finding("A", null, Severity.Low), Finding("C", null, Severity.High)]);

        Assert.Equal(["C", "A", "B"], sorted.Select(f => f.Ids[0]));
    }

    [Fact]
    public async Task Enrich_uses_the_cve_aliases()
    {
        var kev = await KevCatalog.LoadAsync(new MemoryStream("""{"vulnerabilities":[{"cveID":"CVE-2021-44228","dateAdded":"2021-12-10"}]}"""u8.ToArray()), "kev");
        var epss = await EpssScores.LoadAsync(new StringReader("cve,epss,percentile\nCVE-2021-44228,0.9,0.99\nCVE-2021-45046,0.95,0.999"), "epss");

        var finding = Finding("GHSA-jfh8-c2jp-5v3q", 10.0, Severity.Critical, "CVE-2021-44228", "CVE-2021-45046").Enrich(kev, epss);

        Assert.Equal("CVE-2021-44228", finding.Kev?.CveId);
        Assert.Equal("CVE-2021-45046", finding.Epss?.CveId);
        Assert.Null(Finding("GHSA-x", 5.0).Enrich(kev, epss).Kev);
    }

    [Theory]
    [InlineData(0.0, Severity.None)]
    [InlineData(0.1, Severity.Low)]
    [InlineData(3.9, Severity.Low)]
    [InlineData(4.0, Severity.Medium)]
    [InlineData(6.9, Severity.Medium)]
    [InlineData(7.0, Severity.High)]
    [InlineData(8.9, Severity.High)]
    [InlineData(9.0, Severity.Critical)]
    [InlineData(10.0, Severity.Critical)]
    public void Scores_map_to_the_first_rating_scale(double score, Severity expected) =>
        Assert.Equal(expected, SeverityScale.FromScore(score));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(10.1)]
    [InlineData(double.NaN)]
    public void Impossible_scores_are_refused(double score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SeverityScale.FromScore(score));

    [Theory]
    [InlineData("MODERATE", Severity.Medium)]
    [InlineData("critical", Severity.Critical)]
    [InlineData(" High ", Severity.High)]
    public void Database_severity_words_are_read(string word, Severity expected)
    {
        Assert.True(SeverityScale.TryParse(word, out var severity));
        Assert.Equal(expected, severity);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("severe")]
    public void Unknown_severity_words_are_not_guessed(string? word) => Assert.False(SeverityScale.TryParse(word, out _));
}
