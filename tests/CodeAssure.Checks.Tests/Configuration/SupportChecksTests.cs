using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;
using CodeAssure.Checks.Support;

namespace CodeAssure.Checks.Tests.Configuration;

/// <summary>CA-SUPPORT-001 (a support statement) and CA-SUPPORT-002 (a year's notice of end of support), with the clock fixed.</summary>
public sealed class SupportChecksTests : IDisposable
{
    private readonly ScratchFolder _insecure = ConfigFixture.Copy("insecure");
    private readonly ScratchFolder _secure = ConfigFixture.Copy("secure");

    public void Dispose()
    {
        _insecure.Dispose();
        _secure.Dispose();
    }

    [Fact]
    public async Task Rejects_end_of_support_announced_with_less_than_a_year_notice()
    {
        var outcome = await ConfigFixture.RunAsync(new EndOfSupportNoticeCheck(), _insecure.Root);

        Assert.Equal(["end-within-a-year SUPPORT.md Low", "short-notice SUPPORT.md Medium"], ConfigFixture.Problems(outcome));
        var shortNotice = outcome.Findings.Single(f => f.RuleId == "short-notice");
        Assert.Equal(7, shortNotice.Location!.Line);
        Assert.Contains("181 days", shortNotice.Message, StringComparison.Ordinal);
        var soon = outcome.Findings.Single(f => f.RuleId == "end-within-a-year");
        Assert.Equal("2027-01-15", soon.Value);
        Assert.Contains("53 days", soon.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ends_announced_a_year_ahead_or_more_pass_and_past_ends_are_facts()
    {
        var outcome = await ConfigFixture.RunAsync(new EndOfSupportNoticeCheck(), _secure.Root);

        Assert.Equal(CheckStatus.Passed, outcome.Status);
        Assert.Empty(outcome.Findings);
        Assert.Contains("1.0: end of support 2024-06-30", outcome.Facts["ended"], StringComparison.Ordinal);
        Assert.Contains("2.1: end of support 2029-03-31", outcome.Facts["announced"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_clock_decides_whether_an_end_is_less_than_a_year_away()
    {
        var later = await ConfigFixture.RunAsync(new EndOfSupportNoticeCheck(), _secure.Root, new DateTimeOffset(2028, 6, 1, 0, 0, 0, TimeSpan.Zero));

        var finding = Assert.Single(later.Findings);
        Assert.Equal("end-within-a-year", finding.RuleId);
        Assert.Equal("2029-03-31", finding.Value);
    }

    [Fact]
    public async Task Tables_with_short_delimiter_rows_and_linked_versions_are_read()
    {
        using var folder = new ScratchFolder();
        folder.Write("SUPPORT.md", "Security fixes are published as patch releases.\n\n| Release | Initial Release | End-of-life |\n| :--: | :-: | :--: |\n| [22.x][] | 2024-04-24 | 2027-04-30 |\n");

        var outcome = await ConfigFixture.RunAsync(new EndOfSupportNoticeCheck(), folder.Root);

        var finding = Assert.Single(outcome.Findings);
        Assert.Equal("end-within-a-year", finding.RuleId);
        Assert.StartsWith("22.x: end of support 2027-04-30", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_statement_with_periods_and_update_policy_passes()
    {
        var outcome = await ConfigFixture.RunAsync(new SupportStatementCheck(), _secure.Root);

        Assert.Equal(CheckStatus.Passed, outcome.Status);
        Assert.Equal("SUPPORT.md, docs/support-lifecycle.json", outcome.Facts["statements"]);
        Assert.Equal("SUPPORT.md:3", outcome.Facts["supportPeriod"]);
        Assert.Equal("2", outcome.Facts["versions"]);
    }

    [Fact]
    public async Task A_missing_statement_is_medium_and_a_vague_one_is_low()
    {
        using var none = new ScratchFolder();
        none.Write("README.md", "Hello.\n");
        using var vague = new ScratchFolder();
        vague.Write(".github/SUPPORT.md", "# Support\n\nAsk questions in the discussions.\n");

        var missing = await ConfigFixture.RunAsync(new SupportStatementCheck(), none.Root);
        var weak = await ConfigFixture.RunAsync(new SupportStatementCheck(), vague.Root);

        Assert.Equal(["no-support-statement  Medium"], ConfigFixture.Problems(missing));
        Assert.Equal(["no-support-period .github/SUPPORT.md Low", "no-update-policy .github/SUPPORT.md Low"], ConfigFixture.Problems(weak));
    }

    [Fact]
    public async Task An_invalid_lifecycle_file_is_a_finding_naming_the_line()
    {
        using var folder = new ScratchFolder();
        folder.Write("SUPPORT.md", "Versions are supported for 12 months; security updates are published as patches.\n");
        folder.Write("support-lifecycle.json", "{\n  \"product\": \"X\",\n  \"versions\": [\n    { \"version\": \"1.0\", \"endOfSupport\": \"31/03/2027\" }\n  ]\n}\n");

        var outcome = await ConfigFixture.RunAsync(new SupportStatementCheck(), folder.Root);

        var finding = Assert.Single(outcome.Findings);
        Assert.Equal("invalid-lifecycle-file", finding.RuleId);
        Assert.Equal(4, finding.Location!.Line);
        Assert.Contains("ISO 8601", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("[]", "top level")]
    [InlineData("{\"versions\": []}", "'product'")]
    [InlineData("{\"product\": \"X\"}", "'versions'")]
    [InlineData("{\"product\": \"X\", \"versions\": [{\"version\": \"1\", \"released\": \"2026-01-01\", \"endOfSupport\": \"2025-01-01\"}]}", "before released")]
    [InlineData("{\"product\": \"X\", \"versions\": [{\"version\": \"1\", \"announced\": \"2026-01-01\", \"endOfSupport\": \"2025-01-01\"}]}", "after endOfSupport")]
    [InlineData("{\"product\": \"X\", \"versions\": [{\"version\": \"1\", \"endOfSupport\": \"2025-02-30\"}]}", "ISO 8601")]
    public void Rejects_malformed_lifecycle_files(string json, string expected)
    {
        var e = Assert.Throws<SupportLifecycleException>(() => SupportLifecycle.Parse(json));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("supported until 31 March 2027", "2027-03-31")]
    [InlineData("until 31st Mar 2027", "2027-03-31")]
    [InlineData("until March 31, 2027", "2027-03-31")]
    [InlineData("ends 2027-03-31.", "2027-03-31")]
    [InlineData("until March 2027", "2027-03-31")]
    [InlineData("until 2027-02", "2027-02-28")]
    [InlineData("until 31/03/2027", "2027-03-31")]
    [InlineData("until 1 September 2026", "2026-09-01")]
    public void Dates_are_read_in_iso_and_common_english_forms(string text, string expected)
    {
        var found = Assert.Single(EnglishDates.FindAll(text));
        Assert.Equal(expected, found.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("31 February 2027")]
    [InlineData("2027-13-01")]
    [InlineData("version 1.2.3")]
    [InlineData("13/13/2027")]
    public void Impossible_dates_are_not_dates(string text) => Assert.Empty(EnglishDates.FindAll(text));

    [Fact]
    public async Task Without_a_statement_the_notice_check_is_not_applicable()
    {
        using var folder = new ScratchFolder();
        folder.Write("README.md", "x");

        var outcome = await ConfigFixture.RunAsync(new EndOfSupportNoticeCheck(), folder.Root);

        Assert.Equal(CheckStatus.NotApplicable, outcome.Status);
        Assert.DoesNotContain(outcome.Findings, f => f.Level > FindingLevel.Info);
    }
}
