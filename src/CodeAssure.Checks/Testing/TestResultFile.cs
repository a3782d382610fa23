namespace CodeAssure.Checks.Testing;

/// <summary>
/// One test evidence file, read: its format, the tool that wrote it (when recognisable), and either test totals
/// (TRX, JUnit) or coverage (Cobertura). Warnings say where the file contradicts itself, e.g. a JUnit
/// <c>failures</c> attribute that does not match the test cases listed.
/// </summary>
public sealed record TestResultFile
{
    /// <summary>The path as given to the reader.</summary>
    public required string Path { get; init; }

    /// <summary>The format, detected from the root element.</summary>
    public required TestReportFormat Format { get; init; }

    /// <summary>The tool that wrote the file, when it can be told (e.g. "xunit", "pytest", "Maven Surefire", "coverlet").</summary>
    public string? Tool { get; init; }

    /// <summary>The test totals, for TRX and JUnit files; null for coverage.</summary>
    public TestTotals? Totals { get; init; }

    /// <summary>The coverage, for Cobertura files; null for test results.</summary>
    public CoverageSummary? Coverage { get; init; }

    /// <summary>How many failed tests a file keeps by name at most; its totals always count them all.</summary>
    public const int FailedTestLimit = 1000;

    /// <summary>The failed or errored tests, in file order (the first <see cref="FailedTestLimit"/>).</summary>
    public IReadOnlyList<FailedTest> FailedTests { get; init; } = [];

    /// <summary>When the run started, when the file says.</summary>
    public DateTimeOffset? Started { get; init; }

    /// <summary>When the run finished, when the file says.</summary>
    public DateTimeOffset? Finished { get; init; }

    /// <summary>Where the file contradicts itself or says something unexpected; each a one-line message.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
