namespace CodeAssure.Checks.Testing;

/// <summary>
/// Test evidence for the bundle: every file read, and the totals over all of them — test outcomes summed over the
/// results files (TRX, JUnit), coverage summed over the coverage files — with the first failing tests by name.
/// </summary>
public sealed record TestEvidenceSummary
{
    /// <summary>How many failing tests are named at most; the count is always complete.</summary>
    public const int FailingTestLimit = 100;

    /// <summary>Every file, in the order given.</summary>
    public required IReadOnlyList<TestResultFile> Files { get; init; }

    /// <summary>Test outcomes over all results files (durations summed); <see cref="TestTotals.None"/> when there are none.</summary>
    public required TestTotals Totals { get; init; }

    /// <summary>Coverage over all coverage files: counts summed and rates recomputed from them; null when no file has coverage.</summary>
    public CoverageSummary? Coverage { get; init; }

    /// <summary>The first <see cref="FailingTestLimit"/> failed or errored tests, in file order.</summary>
    public required IReadOnlyList<FailingTest> FailingTests { get; init; }

    /// <summary>How many tests failed or errored in all (may be more than <see cref="FailingTests"/> lists).</summary>
    public int FailingTestCount => Totals.Unsuccessful;
}
