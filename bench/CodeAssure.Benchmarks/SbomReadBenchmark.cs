using System.Diagnostics;
using System.Text.Json;
using CodeAssure.Sbom.Readers;

namespace CodeAssure.Benchmarks;

/// <summary>
/// Reading a 100,000-component CycloneDX JSON into the normalised model, against a bare <see cref="JsonDocument"/>
/// parse of the same file in the same run, for a cdxgen-shaped file and a minimal one (only the fields read).
/// Target: at most 2x the bare parse for both.
/// </summary>
internal static class SbomReadBenchmark
{
    public static int Run(int runs, int components, string shapes)
    {
        var folder = Measure.TemporaryFolder();
        try
        {
            var files = new List<(string Shape, string File)>();
            foreach (var shape in shapes == "both" ? ["cdxgen", "minimal"] : new[] { shapes })
            {
                var file = Path.Combine(folder, shape + ".json");
                using (var stream = File.Create(file))
                {
                    SyntheticCycloneDx.Write(stream, components, minimal: shape == "minimal");
                }

                files.Add((shape, file));
            }

            var failed = false;
            var times = files.ToDictionary(f => f.Shape, _ => (Parse: new List<double>(), Read: new List<double>(), Ratio: new List<double>(), CpuRatio: new List<double>()));
            var lastAllocation = new Dictionary<string, (long Bytes, int Collections, double PauseMilliseconds)>();
            for (var run = -1; run < runs; run++)
            {
                foreach (var (shape, file) in files)
                {
                    // Alternate the two so that machine noise hits both alike.
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var p = Measure.MedianMilliseconds(1, 0, () =>
                    {
                        using var stream = File.OpenRead(file);
                        using var document = JsonDocument.Parse(stream);
                    });
                    var parseCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                    var count = 0;
                    cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var (allocated, collections, paused) = (GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0), GC.GetTotalPauseDuration());
                    var r = Measure.MedianMilliseconds(1, 0, () => count = SbomReader.ReadFile(file).Components.Count);
                    var readCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                    allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                    collections = GC.CollectionCount(0) - collections;
                    paused = GC.GetTotalPauseDuration() - paused;
                    failed |= count != components;
                    if (run >= 0)
                    {
                        times[shape].Parse.Add(p);
                        times[shape].Read.Add(r);
                        times[shape].Ratio.Add(r / p);
                        times[shape].CpuRatio.Add(readCpu / parseCpu);
                        lastAllocation[shape] = (allocated, collections, paused.TotalMilliseconds);
                    }
                }
            }

            foreach (var (shape, file) in files)
            {
                var (parse, read, ratio, cpuRatio) = times[shape];
                var parseMedian = Measure.Median(parse);
                var readMedian = Measure.Median(read);
                Console.WriteLine(Measure.Format($"sbom-read: CycloneDX JSON, {shape} shape, {components} components ({new FileInfo(file).Length / (1024 * 1024)} MiB); median of {runs}: JsonDocument.Parse {parseMedian:F0} ms, SbomReader {readMedian:F0} ms, ratio {readMedian / parseMedian:F2} (per-run ratios {ratio.Min():F2}–{ratio.Max():F2}; target <= 2.00); CPU-time ratio {Measure.Median(cpuRatio):F2} (load-independent); one read allocates {lastAllocation[shape].Bytes / (1024 * 1024)} MiB, {lastAllocation[shape].Collections} GCs pausing {lastAllocation[shape].PauseMilliseconds:F0} ms (last run)"));
            }

            return failed ? 1 : 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
