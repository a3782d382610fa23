using System.Diagnostics;
using System.Globalization;
using CodeAssure.Benchmarks;
using CodeAssure.Sbom.Generation;
using CodeAssure.Sbom.Writers;

// SBOM generation from a synthetic package-lock.json: scan, read, merge and write CycloneDX 1.6, N times.
// Usage: dotnet run -c Release --project bench/CodeAssure.Benchmarks -- [runs=20] [entries=5000]
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var entries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5000;
var folder = Path.Combine(Path.GetTempPath(), "codeassure-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
try
{
    using (var stream = File.Create(Path.Combine(folder, "package-lock.json")))
    {
        SyntheticNpmLock.Write(stream, entries);
    }

    var size = new FileInfo(Path.Combine(folder, "package-lock.json")).Length;
    var info = new SbomDocumentInfo(Guid.NewGuid(), DateTimeOffset.UtcNow, "CodeAssure", "bench");
    var generator = new SbomGenerator();
    var times = new List<double>();
    var packages = 0;
    for (var run = -2; run < runs; run++) // two warm-up runs
    {
        var clock = Stopwatch.StartNew();
        var graph = await generator.GenerateAsync(folder).ConfigureAwait(false);
        using var output = new MemoryStream();
        CycloneDxJsonWriter.Write(output, graph, info);
        clock.Stop();
        packages = graph.Packages.Count;
        if (run >= 0)
        {
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
    }

    times.Sort();
    var median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"sbom generate: package-lock.json v3, {entries} entries ({size / 1024} KiB) -> {packages} components; {runs} runs: median {median:F1} ms, min {times[0]:F1} ms, max {times[^1]:F1} ms"));
    if (packages < entries * 0.9)
    {
        Console.Error.WriteLine($"unexpected: only {packages} components for {entries} entries");
        return 1;
    }

    return 0;
}
finally
{
    Directory.Delete(folder, recursive: true);
}
