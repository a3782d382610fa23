using System.Globalization;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Testing;

/// <summary>
/// Combines test evidence files into one summary and turns it into findings for principle 1.3 (a clear process for
/// testing software): <see cref="ResultsCheckId"/> for test results, <see cref="CoverageCheckId"/> for coverage.
/// </summary>
public static class TestEvidence
{
    /// <summary>The check for test results (claims 1.3.2 automated repeatable tests, 1.3.3 defects addressed).</summary>
    public const string ResultsCheckId = "CA-TEST-003";

    /// <summary>The check for test coverage (claim 1.3.1 test plan coverage).</summary>
    public const string CoverageCheckId = "CA-TEST-004";

    /// <summary>Reads every file, returning the files read and a finding for each that could not be read.</summary>
    public static (IReadOnlyList<TestResultFile> Files, IReadOnlyList<CheckFinding> Errors) ReadAll(IEnumerable<string> paths, string? scannedFolder = null, TestReportReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<TestResultFile>();
        var errors = new List<CheckFinding>();
        foreach (var path in paths)
        {
            try
            {
                files.Add(TestResultReader.Read(path, options ?? TestReportReadOptions.Default));
            }
            catch (TestReportException e)
            {
                errors.Add(new CheckFinding
                {
                    CheckId = ResultsCheckId,
                    RuleId = "unreadable-evidence",
                    Level = FindingLevel.Medium,
                    Message = $"test evidence file could not be read: {e.Reason}",
                    Location = new SourceLocation(Relative(path, scannedFolder), (int)Math.Min(int.MaxValue, e.Line), (int)Math.Min(int.MaxValue, e.Column)),
                });
            }
        }

        return (files, errors);
    }

    /// <summary>Sums the files: test outcomes over results files, coverage counts over coverage files.</summary>
    public static TestEvidenceSummary Summarise(IEnumerable<TestResultFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var list = files.ToList();
        var totals = TestTotals.None;
        var failing = new List<FailingTest>();
        foreach (var file in list)
        {
            if (file.Totals is { } t)
            {
                totals = totals.Add(t);
            }

            foreach (var test in file.FailedTests)
            {
                if (failing.Count == TestEvidenceSummary.FailingTestLimit)
                {
                    break;
                }

                failing.Add(new FailingTest(file.Path, test));
            }
        }

        return new TestEvidenceSummary { Files = list, Totals = totals, Coverage = CombineCoverage(list), FailingTests = failing };
    }

    /// <summary>
    /// The findings: an Info finding per file with its counts (and one for the combined totals when there are several
    /// files), and a High finding per results file with failed or errored tests.
    /// </summary>
    /// <param name="summary">The summary.</param>
    /// <param name="scannedFolder">The folder locations are made relative to; null keeps the paths as given.</param>
    public static IReadOnlyList<CheckFinding> Findings(TestEvidenceSummary summary, string? scannedFolder = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var findings = new List<CheckFinding>();
        var resultsFiles = 0;
        var coverageFiles = 0;
        foreach (var file in summary.Files)
        {
            var location = new SourceLocation(Relative(file.Path, scannedFolder));
            var tool = file.Tool is null ? "" : $", {file.Tool}";
            if (file.Totals is { } t)
            {
                resultsFiles++;
                findings.Add(new CheckFinding
                {
                    CheckId = ResultsCheckId,
                    RuleId = "test-results",
                    Level = FindingLevel.Info,
                    Message = $"test results ({Name(file.Format)}{tool}): {Describe(t)}",
                    Location = location,
                    Value = $"{t.Total} tests",
                });
                if (t.Unsuccessful > 0)
                {
                    var first = file.FailedTests.Take(3).Select(f => f.Name).ToList();
                    var names = first.Count == 0 ? "" : $": {string.Join(", ", first)}{(t.Unsuccessful > first.Count ? ", …" : "")}";
                    findings.Add(new CheckFinding
                    {
                        CheckId = ResultsCheckId,
                        RuleId = "failed-tests",
                        Level = FindingLevel.High,
                        Message = $"{t.Unsuccessful} of {t.Total} tests failed{names}",
                        Location = location,
                        Value = t.Unsuccessful.ToString(CultureInfo.InvariantCulture),
                        Fingerprint = $"{ResultsCheckId}:failed-tests:{location.Path}",
                    });
                }
            }

            if (file.Coverage is { } c)
            {
                coverageFiles++;
                findings.Add(new CheckFinding
                {
                    CheckId = CoverageCheckId,
                    RuleId = "coverage",
                    Level = FindingLevel.Info,
                    Message = $"coverage ({Name(file.Format)}{tool}): {Describe(c)}",
                    Location = location,
                    Value = c.LineRate is { } rate ? Percent(rate) : null,
                });
            }
        }

        if (resultsFiles > 1)
        {
            findings.Add(new CheckFinding
            {
                CheckId = ResultsCheckId,
                RuleId = "test-results-total",
                Level = FindingLevel.Info,
                Message = $"test results over {resultsFiles} files: {Describe(summary.Totals)}",
                Value = $"{summary.Totals.Total} tests",
            });
        }

        if (coverageFiles > 1 && summary.Coverage is { } combined)
        {
            findings.Add(new CheckFinding
            {
                CheckId = CoverageCheckId,
                RuleId = "coverage-total",
                Level = FindingLevel.Info,
                Message = $"coverage over {coverageFiles} files: {Describe(combined)}",
                Value = combined.LineRate is { } rate ? Percent(rate) : null,
            });
        }

        return findings;
    }

    private static CoverageSummary? CombineCoverage(List<TestResultFile> files)
    {
        var coverage = files.Select(f => f.Coverage).OfType<CoverageSummary>().ToList();
        if (coverage.Count == 0)
        {
            return null;
        }

        if (coverage.Count == 1)
        {
            return coverage[0];
        }

        var (linesCovered, linesValid) = SumCounts(coverage.Select(c => (c.LinesCovered, c.LinesValid)));
        var (branchesCovered, branchesValid) = SumCounts(coverage.Select(c => (c.BranchesCovered, c.BranchesValid)));
        return new CoverageSummary(
            linesValid is > 0 ? (double)linesCovered!.Value / linesValid.Value : null,
            branchesValid is > 0 ? (double)branchesCovered!.Value / branchesValid.Value : null,
            linesCovered, linesValid, branchesCovered, branchesValid,
            [.. coverage.SelectMany(c => c.Packages)],
            [.. coverage.SelectMany(c => c.Classes)]);
    }

    /// <summary>Sums counts over the files that have them; a rate over only some files would mislead, so any gap gives null.</summary>
    private static (int? Covered, int? Valid) SumCounts(IEnumerable<(int? Covered, int? Valid)> counts)
    {
        long covered = 0, valid = 0;
        foreach (var (c, v) in counts)
        {
            if (c is null || v is null)
            {
                return (null, null);
            }

            covered += c.Value;
            valid += v.Value;
        }

        return valid > int.MaxValue ? (null, null) : ((int)covered, (int)valid);
    }

    private static string Describe(TestTotals t)
    {
        var text = $"{t.Total} tests: {t.Passed} passed, {t.Failed} failed, {t.Errors} errors, {t.Skipped} skipped";
        return t.Duration is { } d ? $"{text} in {d.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s" : text;
    }

    private static string Describe(CoverageSummary c)
    {
        var parts = new List<string>();
        if (c.LineRate is { } line)
        {
            parts.Add($"lines {Percent(line)}{(c.LinesValid is { } v ? $" ({c.LinesCovered}/{v})" : "")}");
        }

        if (c.BranchRate is { } branch)
        {
            parts.Add($"branches {Percent(branch)}{(c.BranchesValid is { } v ? $" ({c.BranchesCovered}/{v})" : "")}");
        }

        return parts.Count == 0 ? "no rates stated" : string.Join(", ", parts);
    }

    private static string Percent(double rate) => (rate * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Name(TestReportFormat format) => format switch
    {
        TestReportFormat.Trx => "TRX",
        TestReportFormat.JUnit => "JUnit XML",
        _ => "Cobertura",
    };

    internal static string Relative(string path, string? folder)
    {
        if (folder is null)
        {
            return path.Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
        return relative.Replace('\\', '/');
    }
}
