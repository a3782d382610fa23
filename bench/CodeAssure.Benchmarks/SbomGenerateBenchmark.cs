using CodeAssure.Sbom.Generation;
using CodeAssure.Sbom.Writers;

namespace CodeAssure.Benchmarks;

/// <summary>SBOM generation from a synthetic package-lock.json v3: scan, read, merge and write CycloneDX 1.6. Target: &lt; 1 s for 5,000 entries.</summary>
internal static class SbomGenerateBenchmark
{
    public static async Task<int> RunAsync(int runs, int entries)
    {
        var folder = Measure.TemporaryFolder();
        try
        {
            var lockFile = Path.Combine(folder, "package-lock.json");
            using (var stream = File.Create(lockFile))
            {
                SyntheticNpmLock.Write(stream, entries);
            }

            var info = new SbomDocumentInfo(Guid.NewGuid(), DateTimeOffset.UtcNow, "CodeAssure", "bench");
            var generator = new SbomGenerator();
            var packages = 0;
            var median = await Measure.MedianMillisecondsAsync(runs, 2, async () =>
            {
                var graph = await generator.GenerateAsync(folder).ConfigureAwait(false);
                using var output = new MemoryStream();
                CycloneDxJsonWriter.Write(output, graph, info);
                packages = graph.Packages.Count;
            }).ConfigureAwait(false);

            Console.WriteLine(Measure.Format($"sbom-generate: package-lock.json v3, {entries} entries ({new FileInfo(lockFile).Length / 1024} KiB) -> {packages} components; median of {runs}: {median:F1} ms (target < 1000 ms)"));
            return packages >= entries * 0.9 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
