using Xunit.Abstractions;

namespace CodeAssure.TestSupport;

/// <summary>
/// Reports a conformance suite's pass count where people and CI can see it: in the test's own output (kept in the
/// TRX results) and in TestResults/conformance/&lt;test project&gt;.txt at the repository root, which
/// Directory.Build.targets prints after the project's tests have run.
/// </summary>
public static class ConformanceReport
{
    private static readonly object Gate = new();

    /// <summary>Records "suite: passed/total" and any failures (the first 50 in full).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void Record(ITestOutputHelper output, string suite, int passed, int total, IReadOnlyList<string> failures)
    {
        var project = System.Reflection.Assembly.GetCallingAssembly().GetName().Name;
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

        var folder = Path.Combine(ConformanceData.RepositoryRoot, "TestResults", "conformance");
        lock (Gate)
        {
            Directory.CreateDirectory(folder);
            File.AppendAllLines(Path.Combine(folder, $"{project}.txt"),
                [line, .. failures.Take(20).Select(f => $"  miss: {f}")]);
        }
    }
}
