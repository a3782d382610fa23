using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CodeAssure.Checks.Secrets;

namespace CodeAssure.Benchmarks;

/// <summary>
/// <c>secrets &lt;dir&gt; [runs]</c>: scans a folder in-process and prints MB/s per run, the median and peak RSS.
/// <c>secrets-patterns</c>: prints the rule patterns in a form ripgrep accepts (-f), for the side-by-side in bench/secrets.
/// </summary>
internal static class SecretsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: secrets <dir> [runs=3]");
            return 2;
        }

        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var scanner = new SecretScanner();
        var rates = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var result = await scanner.ScanDirectoryAsync(args[0]).ConfigureAwait(false);
            clock.Stop();
            var mb = result.BytesScanned / 1e6;
            rates.Add(mb / clock.Elapsed.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run + 1}: {result.FilesScanned} text files, {mb:F1} MB in {clock.Elapsed.TotalSeconds:F2} s = {rates[^1]:F1} MB/s; {result.Findings.Count} findings, {result.Skipped.Count} skipped"));
        }

        rates.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median {rates[rates.Count / 2]:F1} MB/s of text; peak RSS {PeakRssMb():F0} MB"));
        return 0;
    }

    public static int PrintRipgrepPatterns()
    {
        foreach (var rule in SecretRules.Default)
        {
            // ripgrep is line-oriented: a multi-line rule is represented by its keyword, the rest by its pattern without group names.
            var pattern = rule.Pattern.ToString();
            Console.WriteLine(rule.Scope == RuleScope.Block
                ? Regex.Escape(rule.Keywords[0]).Replace("\\ ", " ", StringComparison.Ordinal)
                : Regex.Replace(pattern, @"\(\?<[a-z]+>", "(?:"));
        }

        return 0;
    }

    private static double PeakRssMb()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return double.NaN;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}
