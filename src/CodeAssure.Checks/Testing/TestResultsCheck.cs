using System.Globalization;
using CodeAssure.Catalog;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Testing;

/// <summary>CA-TEST-003 and CA-TEST-004: test results and coverage passed with --test-results (principle 1.3).</summary>
public sealed class TestResultsCheck : ICheck
{
    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = new(
        "CA-TEST-003",
        "Test results and coverage",
        [PrincipleId.Parse("1.3")],
        [ClaimId.Parse("1.3.2"), ClaimId.Parse("1.3.3")],
        "TRX, JUnit XML and Cobertura files given with --test-results: pass/fail counts, failing tests, line and branch coverage (CA-TEST-004).",
        "Fix the failing tests before release; keep the results of each release's test run as evidence.");

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TestResultFiles is not { Count: > 0 } paths)
        {
            return Task.FromResult(CheckOutcome.NotApplicable("no test results given (pass TRX, JUnit or Cobertura files with --test-results)"));
        }

        var (files, errors) = TestEvidence.ReadAll(paths, context.Root);
        var summary = TestEvidence.Summarise(files);
        var facts = new Dictionary<string, string>
        {
            ["tests"] = summary.Totals.Total.ToString(CultureInfo.InvariantCulture),
            ["passed"] = summary.Totals.Passed.ToString(CultureInfo.InvariantCulture),
            ["failed"] = summary.Totals.Unsuccessful.ToString(CultureInfo.InvariantCulture),
            ["skipped"] = summary.Totals.Skipped.ToString(CultureInfo.InvariantCulture),
        };
        if (summary.Coverage?.LineRate is { } lines)
        {
            facts["lineCoverage"] = lines.ToString("0.####", CultureInfo.InvariantCulture);
        }

        if (summary.Coverage?.BranchRate is { } branches)
        {
            facts["branchCoverage"] = branches.ToString("0.####", CultureInfo.InvariantCulture);
        }

        return Task.FromResult(CheckOutcome.FromFindings([.. errors, .. TestEvidence.Findings(summary, context.Root)], facts));
    }
}
