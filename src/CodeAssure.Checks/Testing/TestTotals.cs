namespace CodeAssure.Checks.Testing;

/// <summary>
/// How many tests ran and how they ended. Every test is counted once: <see cref="Total"/> is the sum of passed,
/// failed, errors and skipped.
/// </summary>
public sealed record TestTotals
{
    /// <summary>Creates totals, refusing negative counts.</summary>
    public TestTotals(int passed, int failed, int errors, int skipped, TimeSpan? duration = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(passed);
        ArgumentOutOfRangeException.ThrowIfNegative(failed);
        ArgumentOutOfRangeException.ThrowIfNegative(errors);
        ArgumentOutOfRangeException.ThrowIfNegative(skipped);
        if (duration is { } d && d < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), "a duration cannot be negative");
        }

        Passed = passed;
        Failed = failed;
        Errors = errors;
        Skipped = skipped;
        Duration = duration;
    }

    /// <summary>No tests.</summary>
    public static TestTotals None { get; } = new(0, 0, 0, 0);

    /// <summary>All tests in the file.</summary>
    public int Total => Passed + Failed + Errors + Skipped;

    /// <summary>Tests that passed.</summary>
    public int Passed { get; }

    /// <summary>Tests that failed an assertion (TRX Failed, Timeout, Aborted; JUnit &lt;failure&gt;).</summary>
    public int Failed { get; }

    /// <summary>Tests that could not run to an outcome (TRX Error; JUnit &lt;error&gt;).</summary>
    public int Errors { get; }

    /// <summary>Tests not run (skipped, ignored, inconclusive, not executed).</summary>
    public int Skipped { get; }

    /// <summary>How long the run took, when the file says.</summary>
    public TimeSpan? Duration { get; }

    /// <summary>Tests that did not pass and were not skipped: failures plus errors.</summary>
    public int Unsuccessful => Failed + Errors;

    /// <summary>The sum of two sets of totals (durations add when either is known).</summary>
    public TestTotals Add(TestTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var duration = Duration is null && other.Duration is null ? (TimeSpan?)null : (Duration ?? TimeSpan.Zero) + (other.Duration ?? TimeSpan.Zero);
        return new TestTotals(Passed + other.Passed, Failed + other.Failed, Errors + other.Errors, Skipped + other.Skipped, duration);
    }
}
