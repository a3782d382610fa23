using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Testing;

namespace CodeAssure.Checks.Tests.Testing;

public sealed class TestEvidenceTests
{
    private static readonly string[] AllFixtures =
        ["xunit.trx", "pytest.xml", "surefire.xml", "jest-junit.xml", "gotestsum.xml", "coverlet.cobertura.xml", "coveragepy.xml"];

    [Fact]
    public void Sums_results_and_coverage_over_all_files()
    {
        var summary = TestEvidence.Summarise(AllFixtures.Select(f => TestResultReader.Read(Fixture.PathOf(f))));

        var t = summary.Totals;
        // xunit 4 (2/1/0/1), pytest 6 (2/1/1/2), surefire 5 (3/1/0/1), jest 4 (2/1/0/1), gotestsum 5 (3/1/0/1).
        Assert.Equal((24, 12, 5, 1, 6), (t.Total, t.Passed, t.Failed, t.Errors, t.Skipped));
        Assert.Equal(6, summary.FailingTestCount);
        Assert.Equal(6, summary.FailingTests.Count);
        Assert.Equal("Shop.Tests.BasketTests.Applies_the_discount", summary.FailingTests[0].Test.Name);
        Assert.EndsWith("xunit.trx", summary.FailingTests[0].File, StringComparison.Ordinal);
        var c = Assert.IsType<CoverageSummary>(summary.Coverage);
        // coverlet 6/8 lines, 2/4 branches; coverage.py 7/10 lines, 0/0 branches.
        Assert.Equal((13, 18, 2, 4), (c.LinesCovered, c.LinesValid, c.BranchesCovered, c.BranchesValid));
        Assert.Equal(13.0 / 18, c.LineRate);
        Assert.Equal(0.5, c.BranchRate);
        Assert.Equal(7, summary.Files.Count);
    }

    [Fact]
    public void Names_at_most_the_first_hundred_failing_tests_but_counts_them_all()
    {
        var cases = string.Concat(Enumerable.Range(1, 150).Select(i => $"<testcase name=\"t{i}\"><failure/></testcase>"));
        var file = TestResultReaderTests.Read($"<testsuite>{cases}</testsuite>");

        var summary = TestEvidence.Summarise([file, file]);

        Assert.Equal(300, summary.FailingTestCount);
        Assert.Equal(TestEvidenceSummary.FailingTestLimit, summary.FailingTests.Count);
        Assert.Equal("t100", summary.FailingTests[^1].Test.Name);
    }

    [Fact]
    public void Findings_give_counts_as_info_and_a_high_finding_per_file_with_failures()
    {
        var folder = Path.GetDirectoryName(Fixture.PathOf("x"))!;
        var files = new[] { "xunit.trx", "wrong-counts.xml", "coverlet.cobertura.xml" }.Select(f => TestResultReader.Read(Fixture.PathOf(f)));
        var passing = TestResultReaderTests.Read("<testsuite><testcase name=\"ok\"/></testsuite>");

        var findings = TestEvidence.Findings(TestEvidence.Summarise([.. files, passing]), folder);

        var results = findings.Where(f => f is { CheckId: "CA-TEST-003", RuleId: "test-results" }).ToList();
        Assert.Equal(3, results.Count);
        Assert.All(results, f => Assert.Equal(FindingLevel.Info, f.Level));
        Assert.Equal("xunit.trx", results[0].Location!.Path);
        Assert.Equal("test results (TRX, xunit): 4 tests: 2 passed, 1 failed, 0 errors, 1 skipped in 2.5 s", results[0].Message);

        var high = findings.Where(f => f.Level == FindingLevel.High).ToList();
        Assert.Equal(["xunit.trx", "wrong-counts.xml"], high.Select(f => f.Location!.Path));
        Assert.All(high, f => Assert.Equal("CA-TEST-003", f.CheckId));
        Assert.Equal("1 of 4 tests failed: Shop.Tests.BasketTests.Applies_the_discount", high[0].Message);

        var coverage = Assert.Single(findings, f => f.CheckId == "CA-TEST-004");
        Assert.Equal(FindingLevel.Info, coverage.Level);
        Assert.Equal("coverage (Cobertura): lines 75% (6/8), branches 50% (2/4)", coverage.Message);
        Assert.Equal("75%", coverage.Value);

        var total = Assert.Single(findings, f => f.RuleId == "test-results-total");
        Assert.Contains("over 3 files: 8 tests: 5 passed, 2 failed", total.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_many_files_turns_unreadable_ones_into_findings()
    {
        var folder = Path.GetDirectoryName(Fixture.PathOf("x"))!;

        var (files, errors) = TestEvidence.ReadAll([Fixture.PathOf("pytest.xml"), Fixture.PathOf("missing.xml")], folder);

        Assert.Single(files);
        var error = Assert.Single(errors);
        Assert.Equal(("CA-TEST-003", FindingLevel.Medium, "missing.xml"), (error.CheckId, error.Level, error.Location!.Path));
        Assert.StartsWith("test evidence file could not be read: cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_summary_has_no_tests_and_no_coverage()
    {
        var summary = TestEvidence.Summarise([]);

        Assert.Equal(0, summary.Totals.Total);
        Assert.Null(summary.Coverage);
        Assert.Empty(TestEvidence.Findings(summary));
    }

    [Fact]
    public void Totals_refuse_negative_counts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TestTotals(1, -1, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoverageSummary(1.5, null, null, null, null, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoverageSummary(null, null, 5, 4, null, null));
    }
}
