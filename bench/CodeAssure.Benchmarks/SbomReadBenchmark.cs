using System.Text.Json;
using CodeAssure.Sbom.Readers;

namespace CodeAssure.Benchmarks;

/// <summary>
/// Reading a 100,000-component CycloneDX JSON into the normalised model, against a bare <see cref="JsonDocument"/>
/// parse of the same file in the same run. Target: at most 2x the bare parse.
/// </summary>
internal static class SbomReadBenchmark
{
    public static int Run(int runs, int components)
    {
        var folder = Measure.TemporaryFolder();
        try
        {
            var file = Path.Combine(folder, "bom.json");
            using (var stream = File.Create(file))
            {
                SyntheticCycloneDx.Write(stream, components);
            }

            var count = 0;
            var parse = new List<double>();
            var read = new List<double>();
            for (var run = -1; run < runs; run++)
            {
                // Alternate the two so that machine noise hits both alike.
                var p = Measure.MedianMilliseconds(1, 0, () =>
                {
                    using var stream = File.OpenRead(file);
                    using var document = JsonDocument.Parse(stream);
                });
                var r = Measure.MedianMilliseconds(1, 0, () => count = SbomReader.ReadFile(file).Components.Count);
                if (run >= 0)
                {
                    parse.Add(p);
                    read.Add(r);
                }
            }

            var parseMedian = Measure.Median(parse);
            var readMedian = Measure.Median(read);
            Console.WriteLine(Measure.Format($"sbom-read: CycloneDX JSON, {components} components ({new FileInfo(file).Length / (1024 * 1024)} MiB); median of {runs}: JsonDocument.Parse {parseMedian:F0} ms, SbomReader {readMedian:F0} ms, ratio {readMedian / parseMedian:F2} (target <= 2.00)"));
            return count == components ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
