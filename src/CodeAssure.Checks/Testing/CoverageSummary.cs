namespace CodeAssure.Checks.Testing;

/// <summary>
/// What a coverage file says: line and branch rates (0–1) and the counts behind them. Rates come from the file's
/// root attributes when present, otherwise from the counts; counts come from the root attributes when present,
/// otherwise from counting the class-level <c>&lt;line&gt;</c> elements.
/// </summary>
public sealed record CoverageSummary
{
    /// <summary>Creates a summary, refusing rates outside 0–1 and counts that do not add up.</summary>
    public CoverageSummary(double? lineRate, double? branchRate, int? linesCovered, int? linesValid, int? branchesCovered, int? branchesValid,
        IReadOnlyList<CoverageRate>? packages = null, IReadOnlyList<CoverageRate>? classes = null)
    {
        CheckRate(lineRate, nameof(lineRate));
        CheckRate(branchRate, nameof(branchRate));
        CheckCounts(linesCovered, linesValid, nameof(linesCovered));
        CheckCounts(branchesCovered, branchesValid, nameof(branchesCovered));
        LineRate = lineRate;
        BranchRate = branchRate;
        LinesCovered = linesCovered;
        LinesValid = linesValid;
        BranchesCovered = branchesCovered;
        BranchesValid = branchesValid;
        Packages = packages ?? [];
        Classes = classes ?? [];
    }

    /// <summary>The fraction of lines covered, 0–1.</summary>
    public double? LineRate { get; }

    /// <summary>The fraction of branches covered, 0–1.</summary>
    public double? BranchRate { get; }

    /// <summary>Lines run at least once.</summary>
    public int? LinesCovered { get; }

    /// <summary>Lines that could be run (the denominator of the line rate).</summary>
    public int? LinesValid { get; }

    /// <summary>Branches taken.</summary>
    public int? BranchesCovered { get; }

    /// <summary>Branches that could be taken.</summary>
    public int? BranchesValid { get; }

    /// <summary>Per-package rates, in file order.</summary>
    public IReadOnlyList<CoverageRate> Packages { get; }

    /// <summary>Per-class rates, in file order.</summary>
    public IReadOnlyList<CoverageRate> Classes { get; }

    private static void CheckRate(double? rate, string name)
    {
        if (rate is { } r && (double.IsNaN(r) || r < 0 || r > 1))
        {
            throw new ArgumentOutOfRangeException(name, rate, "a rate is between 0 and 1");
        }
    }

    private static void CheckCounts(int? covered, int? valid, string name)
    {
        if (covered < 0 || valid < 0 || covered > valid)
        {
            throw new ArgumentOutOfRangeException(name, covered, $"covered ({covered}) must be between 0 and valid ({valid})");
        }
    }
}
