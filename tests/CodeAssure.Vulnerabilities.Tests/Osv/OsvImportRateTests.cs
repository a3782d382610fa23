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

        var clock = Stopwatch.StartNew();
        var summary = await new OsvImporter().ImportAsync(folder.Index, [folder.File("records")]);
        clock.Stop();

        output.WriteLine($"imported {summary.Added:N0} synthetic OSV JSON records in {clock.Elapsed.TotalSeconds:0.00} s: {summary.Added / clock.Elapsed.TotalSeconds:N0} records/s; index {new FileInfo(folder.Index).Length:N0} bytes");
        Assert.Equal(count, summary.Added);
        Assert.Equal(0, summary.SkippedCount);
    }
}
