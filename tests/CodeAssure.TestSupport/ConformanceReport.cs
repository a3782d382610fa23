using Xunit.Abstractions;

namespace CodeAssure.TestSupport;

/// <summary>
/// Reports a conformance suite's pass count where people and CI can see it: in the test's own output (kept in the
/// TRX results) and in a line appended to TestResults/conformance.txt at the repository root, which the test
/// command prints at the end of the run.
/// </summary>
public static class ConformanceReport
{
    private static readonly object Gate = new();

    /// <summary>Records "suite: passed/total" and any failures (the first 50 in full).</summary>
    public static void Record(ITestOutputHelper output, string suite, int passed, int total, IReadOnlyList<string> failures)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(failures);
        var line = $"conformance: {suite}: {passed}/{total} passed";
        output.WriteLine(line);
        foreach (var failure in failures.Take(50))
        {
            output.WriteLine($"  miss: {failure}");
        }

        if (failures.Count > 50)
        {
            output.WriteLine($"  … and {failures.Count - 50} more");
        }

        var folder = Path.Combine(ConformanceData.RepositoryRoot, "TestResults");
        lock (Gate)
        {
            Directory.CreateDirectory(folder);
            File.AppendAllLines(Path.Combine(folder, "conformance.txt"),
                [line, .. failures.Take(20).Select(f => $"  miss: {f}")]);
        }
    }
}
