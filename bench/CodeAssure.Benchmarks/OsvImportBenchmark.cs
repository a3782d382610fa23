using CodeAssure.Vulnerabilities.Osv;

namespace CodeAssure.Benchmarks;

/// <summary>Importing OSV records from a folder of local JSON files into a fresh index. Target: at least 20,000 advisories/s.</summary>
internal static class OsvImportBenchmark
{
    public static async Task<int> RunAsync(int runs, int records)
    {
        var folder = Measure.TemporaryFolder();
        try
        {
            var source = Path.Combine(folder, "records");
            SyntheticAdvisories.WriteFolder(source, records);
            var imported = 0;
            var (median, cpu) = await Measure.MedianTimingsAsync(runs, 1, async () =>
            {
                var index = Path.Combine(folder, $"osv-{Guid.NewGuid():N}.idx");
                var summary = await new OsvImporter().ImportAsync(index, [source], fresh: true).ConfigureAwait(false);
                imported = summary.Added;
                File.Delete(index);
            }).ConfigureAwait(false);
            Console.WriteLine(Measure.Format($"osv-import: {records} local JSON records; median of {runs}: {median:F0} ms = {records / (median / 1000):F0} records/s (target >= 20000/s); CPU (user+sys) {cpu:F0} ms = {records / (cpu / 1000):F0} records per CPU-second"));
            return imported == records ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
