using System.Diagnostics;
using System.Globalization;

namespace CodeAssure.Benchmarks;

/// <summary>Times an operation over several runs after warm-up and reports the median (these machines are noisy).</summary>
internal static class Measure
{
    public static async Task<double> MedianMillisecondsAsync(int runs, int warmups, Func<Task> operation)
    {
        var times = new List<double>(runs);
        for (var run = -warmups; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            await operation().ConfigureAwait(false);
            clock.Stop();
            if (run >= 0)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return Median(times);
    }

    /// <summary>
    /// Median wall time and median CPU time (user + system, every thread of this process) over the runs. On a shared,
    /// busy machine the CPU time is the figure that compares fairly between two builds.
    /// </summary>
    public static async Task<(double WallMs, double CpuMs)> MedianTimingsAsync(int runs, int warmups, Func<Task> operation)
    {
        var wall = new List<double>(runs);
        var cpu = new List<double>(runs);
        using var process = Process.GetCurrentProcess();
        for (var run = -warmups; run < runs; run++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await operation().ConfigureAwait(false);
            clock.Stop();
            process.Refresh();
            if (run >= 0)
            {
                wall.Add(clock.Elapsed.TotalMilliseconds);
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }
        }

        return (Median(wall), Median(cpu));
    }

    public static (double WallMs, double CpuMs) MedianTimings(int runs, int warmups, Action operation) =>
        MedianTimingsAsync(runs, warmups, () =>
        {
            operation();
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    public static double MedianMilliseconds(int runs, int warmups, Action operation) =>
        MedianMillisecondsAsync(runs, warmups, () =>
        {
            operation();
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    public static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }

    public static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string TemporaryFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "codeassure-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
