using System.Diagnostics;
using CodeAssure.Vulnerabilities.Osv;
using Xunit.Abstractions;

namespace CodeAssure.Vulnerabilities.Tests.Osv;

/// <summary>Imports 20,000 synthetic records and reports the rate (printed, never asserted: timing belongs to benchmarks).</summary>
public sealed class OsvImportRateTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Imports_twenty_thousand_synthetic_records_and_reports_the_rate()
    {
        using var folder = new TemporaryFolder();
        const int count = 20_000;
        SyntheticOsvRecords.WriteFolder(folder.File("records"), count);

        // The first run includes JIT warm-up; the second (into a new index) shows the steady rate of a long import.
        foreach (var run in new[] { "first run", "second run" })
        {
            var index = folder.File($"{run.Replace(' ', '-')}.idx");
            var clock = Stopwatch.StartNew();
            var summary = await new OsvImporter().ImportAsync(index, [folder.File("records")]);
            clock.Stop();

            output.WriteLine($"{run}: imported {summary.Added:N0} synthetic OSV JSON records in {clock.Elapsed.TotalSeconds:0.00} s: {summary.Added / clock.Elapsed.TotalSeconds:N0} records/s; index {new FileInfo(index).Length:N0} bytes");
            Assert.Equal(count, summary.Added);
            Assert.Equal(0, summary.SkippedCount);
        }
    }
}
