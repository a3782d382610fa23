using CodeAssure.Checks.Testing;

namespace CodeAssure.Checks.Tests.Testing;

public sealed class TestResultReaderTests
{
    [Fact]
    public void Reads_xunit_trx_outcomes_names_times_and_messages()
    {
        var file = TestResultReader.Read(Fixture.PathOf("xunit.trx"));

        Assert.Equal(TestReportFormat.Trx, file.Format);
        Assert.Equal("xunit", file.Tool);
        var totals = Assert.IsType<TestTotals>(file.Totals);
        // 4 results: 2 Passed, 1 Failed, 1 NotExecuted; Counters say total=4.
        Assert.Equal((4, 2, 1, 0, 1), (totals.Total, totals.Passed, totals.Failed, totals.Errors, totals.Skipped));
        Assert.Equal(TimeSpan.FromSeconds(2.5), totals.Duration);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), file.Started);
        var failed = Assert.Single(file.FailedTests);
        Assert.Equal("Shop.Tests.BasketTests.Applies_the_discount", failed.Name);
        Assert.Equal("Assert.Equal() Failure: Values differ", failed.Message);
        Assert.False(failed.IsError);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Reads_pytest_junitxml_with_skips_xfails_and_setup_errors()
    {
        var file = TestResultReader.Read(Fixture.PathOf("pytest.xml"));

        Assert.Equal(TestReportFormat.JUnit, file.Format);
        Assert.Equal("pytest", file.Tool);
        var t = file.Totals!;
        // test_adds_amounts, test_loads pass; test_divides_evenly fails; skip + xfail are skipped; test_saves errors.
        Assert.Equal((6, 2, 1, 1, 2), (t.Total, t.Passed, t.Failed, t.Errors, t.Skipped));
        Assert.Equal(TimeSpan.FromSeconds(0.412), t.Duration);
        Assert.Equal(["tests.test_money.test_divides_evenly", "tests.test_store.test_saves[sqlite]"], file.FailedTests.Select(f => f.Name));
        Assert.Equal("assert 33 == 34", file.FailedTests[0].Message);
        Assert.True(file.FailedTests[1].IsError);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Reads_maven_surefire_single_suite_counting_a_flaky_rerun_as_passed()
    {
        var file = TestResultReader.Read(Fixture.PathOf("surefire.xml"));

        Assert.Equal("Maven Surefire", file.Tool);
        var t = file.Totals!;
        Assert.Equal((5, 3, 1, 0, 1), (t.Total, t.Passed, t.Failed, t.Errors, t.Skipped));
        var failed = Assert.Single(file.FailedTests);
        Assert.Equal("com.example.shop.CalculatorTest.dividesByTwo", failed.Name);
        Assert.Equal("expected: <2> but was: <3>", failed.Message);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Reads_jest_junit_taking_the_message_from_the_failure_text()
    {
        var file = TestResultReader.Read(Fixture.PathOf("jest-junit.xml"));

        Assert.Equal("jest-junit", file.Tool);
        var t = file.Totals!;
        Assert.Equal((4, 2, 1, 0, 1), (t.Total, t.Passed, t.Failed, t.Errors, t.Skipped));
        Assert.Equal(TimeSpan.FromSeconds(1.234), t.Duration);
        var failed = Assert.Single(file.FailedTests);
        Assert.Equal("basket applies a discount.basket applies a discount", failed.Name);
        Assert.Equal("Error: expect(received).toBe(expected) // Object.is equality", failed.Message);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Reads_gotestsum_junit_with_subtests_and_skips()
    {
        var file = TestResultReader.Read(Fixture.PathOf("gotestsum.xml"));

        Assert.Equal("gotestsum", file.Tool);
        var t = file.Totals!;
        Assert.Equal((5, 3, 1, 0, 1), (t.Total, t.Passed, t.Failed, t.Errors, t.Skipped));
        Assert.Equal("example.com/shop/calc.TestDivide", Assert.Single(file.FailedTests).Name);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), file.Started);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Counts_test_cases_in_nested_suites_once()
    {
        var file = TestResultReader.Read(Fixture.PathOf("nested-suites.xml"));

        Assert.Null(file.Tool);
        var t = file.Totals!;
        Assert.Equal((4, 2, 1, 1, 0), (t.Total, t.Passed, t.Failed, t.Errors, t.Skipped));
        Assert.Equal(TimeSpan.FromSeconds(0.02), t.Duration);
        Assert.Equal(["Shop.Tests.Unit.CalcTest.testDivides", "Shop.Tests.Unit.FileTest.testReads"], file.FailedTests.Select(f => f.Name));
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Counts_the_test_cases_when_the_attributes_are_wrong_and_warns()
    {
        var file = TestResultReader.Read(Fixture.PathOf("wrong-counts.xml"));

        var t = file.Totals!;
        Assert.Equal((3, 2, 1), (t.Total, t.Passed, t.Failed));
        Assert.Equal(2, file.Warnings.Count);
        Assert.Contains(file.Warnings, w => w.Contains("tests=\"10\"", StringComparison.Ordinal) && w.Contains("give 3", StringComparison.Ordinal));
        Assert.Contains(file.Warnings, w => w.Contains("failures=\"0\"", StringComparison.Ordinal) && w.Contains("give 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Uses_the_suite_attributes_when_no_test_cases_are_listed()
    {
        var file = Read("""<testsuites><testsuite name="s" tests="7" failures="2" errors="1" skipped="1" time="3"/></testsuites>""");

        var t = file.Totals!;
        Assert.Equal((7, 3, 2, 1, 1), (t.Total, t.Passed, t.Failed, t.Errors, t.Skipped));
        Assert.Single(file.Warnings);
    }

    [Fact]
    public void Uses_the_trx_counters_when_no_results_are_listed()
    {
        var file = Read("""
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <ResultSummary outcome="Completed">
                <Counters total="111" executed="110" passed="108" failed="1" error="1" timeout="0" aborted="0" inconclusive="0" notExecuted="0" />
              </ResultSummary>
            </TestRun>
            """);

        var t = file.Totals!;
        // vstest counts a skipped test in total but not in notExecuted.
        Assert.Equal((111, 108, 1, 1, 1), (t.Total, t.Passed, t.Failed, t.Errors, t.Skipped));
        Assert.Equal("vstest", file.Tool);
        Assert.Single(file.Warnings);
    }

    [Fact]
    public void Warns_when_trx_counters_disagree_with_the_results_listed()
    {
        var file = Read("""
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Results>
                <UnitTestResult testName="A" outcome="Passed" />
                <UnitTestResult testName="B" outcome="Error"><Output><ErrorInfo><Message>crashed</Message></ErrorInfo></Output></UnitTestResult>
                <UnitTestResult testName="C" outcome="Timeout" />
                <UnitTestResult testName="D" outcome="Exploded" />
              </Results>
              <ResultSummary outcome="Failed"><Counters total="9" passed="1" /></ResultSummary>
            </TestRun>
            """);

        var t = file.Totals!;
        Assert.Equal((4, 1, 1, 1, 1), (t.Total, t.Passed, t.Failed, t.Errors, t.Skipped));
        Assert.Equal([("B", "crashed", true), ("C", null, false)], file.FailedTests.Select(f => (f.Name, f.Message, f.IsError)));
        Assert.Contains(file.Warnings, w => w.Contains("total=\"9\"", StringComparison.Ordinal));
        Assert.Contains(file.Warnings, w => w.Contains("Exploded", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_coverlet_cobertura_rates_counts_packages_and_classes()
    {
        var file = TestResultReader.Read(Fixture.PathOf("coverlet.cobertura.xml"));

        Assert.Equal(TestReportFormat.Cobertura, file.Format);
        Assert.Null(file.Totals);
        var c = Assert.IsType<CoverageSummary>(file.Coverage);
        Assert.Equal((0.75, 0.5, 6, 8, 2, 4), (c.LineRate, c.BranchRate, c.LinesCovered, c.LinesValid, c.BranchesCovered, c.BranchesValid));
        Assert.Equal([new CoverageRate("Shop", 0.75, 0.5)], c.Packages);
        Assert.Equal([new CoverageRate("Shop.Calculator", 1, 1), new CoverageRate("Shop.Parser", 0.5, 0)], c.Classes);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1714557600), file.Started);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Counts_class_lines_once_when_the_root_has_no_totals()
    {
        var file = TestResultReader.Read(Fixture.PathOf("cobertura-without-totals.xml"));

        var c = file.Coverage!;
        // Method-level lines repeat the class-level ones; only the class's 8 lines count.
        Assert.Equal((6, 8, 2, 4), (c.LinesCovered, c.LinesValid, c.BranchesCovered, c.BranchesValid));
        Assert.Equal(0.75, c.LineRate);
        Assert.Equal(0.5, c.BranchRate);
    }

    [Fact]
    public void Reads_coverage_py_cobertura_and_names_the_tool()
    {
        var file = TestResultReader.Read(Fixture.PathOf("coveragepy.xml"));

        Assert.Equal("coverage.py", file.Tool);
        var c = file.Coverage!;
        Assert.Equal((0.7, 7, 10), (c.LineRate, c.LinesCovered, c.LinesValid));
        Assert.Equal(2, c.Classes.Count);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1714557600123), file.Started);
    }

    [Fact]
    public void Accepts_the_bare_cobertura_doctype_gcovr_writes_without_reading_it()
    {
        var file = TestResultReader.Read(Fixture.PathOf("gcovr.xml"));

        Assert.Equal("gcovr", file.Tool);
        var c = file.Coverage!;
        Assert.Equal((0.5, 0.25, 2, 4, 1, 4), (c.LineRate, c.BranchRate, c.LinesCovered, c.LinesValid, c.BranchesCovered, c.BranchesValid));
    }

    [Fact]
    public void Reads_utf16_cobertura_with_the_cobertura_doctype()
    {
        var text = File.ReadAllText(Fixture.PathOf("gcovr.xml")).Replace("encoding='UTF-8'", "encoding='UTF-16'", StringComparison.Ordinal);
        using var stream = new MemoryStream([.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(text)]);

        var file = TestResultReader.Read(stream, "gcovr-utf16.xml");

        Assert.Equal((2, 4), (file.Coverage!.LinesCovered, file.Coverage.LinesValid));
    }

    [Fact]
    public void Detects_the_format_by_content_not_by_file_name()
    {
        var folder = Directory.CreateTempSubdirectory("codeassure-evidence-");
        try
        {
            var misnamed = Path.Combine(folder.FullName, "coverage.trx");
            File.Copy(Fixture.PathOf("pytest.xml"), misnamed);

            var file = TestResultReader.Read(misnamed);

            Assert.Equal(TestReportFormat.JUnit, file.Format);
            Assert.Equal(misnamed, file.Path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Reads_junit_without_an_xml_declaration_from_a_stream()
    {
        var file = Read("<testsuite tests=\"1\"><testcase name=\"only\"/></testsuite>");

        Assert.Equal((1, 1), (file.Totals!.Total, file.Totals.Passed));
        Assert.Empty(file.FailedTests);
    }

    [Fact]
    public void Ignores_unreadable_attributes_with_a_warning()
    {
        var file = Read("""<testsuite tests="many" time="NaN"><testcase name="a" time="-1"/></testsuite>""");

        Assert.Equal(1, file.Totals!.Total);
        Assert.Null(file.Totals.Duration);
        Assert.Equal(3, file.Warnings.Count);
        Assert.All(file.Warnings, w => Assert.StartsWith("inline.xml:1:", w, StringComparison.Ordinal));
    }

    [Fact]
    public void Ignores_impossible_coverage_numbers_with_a_warning()
    {
        var file = Read("""<coverage line-rate="2" branch-rate="0.5" lines-covered="9" lines-valid="3"><packages/></coverage>""");

        var c = file.Coverage!;
        Assert.Null(c.LineRate);
        Assert.Equal(0.5, c.BranchRate);
        Assert.Null(c.LinesValid);
        Assert.Equal(2, file.Warnings.Count);
    }

    [Fact]
    public void Counts_a_data_driven_trx_result_once_not_its_inner_results()
    {
        var file = Read("""
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Results>
                <UnitTestResult testName="Adds" outcome="Failed" resultType="DataDrivenTest">
                  <InnerResults>
                    <UnitTestResult testName="Adds (1,2)" outcome="Passed" resultType="DataDrivenDataRow" />
                    <UnitTestResult testName="Adds (2,2)" outcome="Failed" resultType="DataDrivenDataRow">
                      <Output><ErrorInfo><Message>Assert.AreEqual failed. Expected:&lt;4&gt;. Actual:&lt;5&gt;.</Message></ErrorInfo></Output>
                    </UnitTestResult>
                  </InnerResults>
                </UnitTestResult>
                <UnitTestResult testName="Subtracts" outcome="Passed" />
              </Results>
              <TestDefinitions><UnitTest name="Adds"><TestMethod adapterTypeName="executor://mstestadapter/v2" className="C" name="Adds" /></UnitTest></TestDefinitions>
              <ResultSummary outcome="Failed"><Counters total="2" executed="2" passed="1" failed="1" /></ResultSummary>
            </TestRun>
            """);

        Assert.Equal((2, 1, 1), (file.Totals!.Total, file.Totals.Passed, file.Totals.Failed));
        Assert.Equal("MSTest", file.Tool);
        var failed = Assert.Single(file.FailedTests);
        Assert.Equal(("Adds", "Assert.AreEqual failed. Expected:<4>. Actual:<5>."), (failed.Name, failed.Message));
        Assert.Empty(file.Warnings);
    }

    [Theory]
    [InlineData("<testsuites/>")]
    [InlineData("<testsuite name=\"empty\" tests=\"0\"></testsuite>")]
    [InlineData("<TestRun xmlns=\"http://microsoft.com/schemas/VisualStudio/TeamTest/2010\"/>")]
    public void Reads_an_empty_run_as_no_tests(string xml)
    {
        var file = Read(xml);

        Assert.Equal(0, file.Totals!.Total);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Keeps_the_first_thousand_failures_by_name_but_counts_them_all()
    {
        var cases = string.Concat(Enumerable.Range(1, 1500).Select(i => $"<testcase name=\"t{i}\"><error/></testcase>"));

        var file = Read($"<testsuite>{cases}</testsuite>");

        Assert.Equal(1500, file.Totals!.Errors);
        Assert.Equal(TestResultFile.FailedTestLimit, file.FailedTests.Count);
    }

    internal static TestResultFile Read(string xml)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        return TestResultReader.Read(stream, "inline.xml");
    }
}
