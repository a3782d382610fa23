using CodeAssure.Vulnerabilities.Index;
using CodeAssure.Vulnerabilities.Matching;
using CodeAssure.Vulnerabilities.Osv;

namespace CodeAssure.Benchmarks;

/// <summary>
/// Matching a 10,000-component SBOM against 300,000 advisories through the index (warm: index open, JIT done), and
/// a brute-force matcher (every record scanned for every component) on a sample of the same components in the same
/// run. Cold time and peak memory of the whole command are measured by bench/vulns-match.sh with the real CLI.
/// Targets: warm &lt;= 0.5 s; cold &lt;= 3 s including index load; peak memory &lt;= 1.5 GB.
/// </summary>
internal static class VulnsMatchBenchmark
{
    /// <summary>Builds the data once: folder/osv.idx (from folder/all.zip) and folder/bom.json.</summary>
    public static async Task<int> SetupAsync(string folder, int records, int components)
    {
        Directory.CreateDirectory(folder);
        var zip = Path.Combine(folder, "all.zip");
        var index = Path.Combine(folder, "osv.idx");
        File.Delete(zip);
        SyntheticAdvisories.WriteZip(zip, records);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var summary = await new OsvImporter().ImportAsync(index, [zip], fresh: true).ConfigureAwait(false);
        clock.Stop();
        SyntheticAdvisories.WriteSbom(Path.Combine(folder, "bom.json"), SyntheticAdvisories.Purls(components, records));
        Console.WriteLine(Measure.Format($"vulns-setup: {summary.IndexRecords} advisories imported from all.zip in {clock.Elapsed.TotalSeconds:F1} s ({summary.IndexRecords / clock.Elapsed.TotalSeconds:F0}/s); index {new FileInfo(index).Length / (1024 * 1024)} MiB; {components} components in bom.json"));
        return summary.IndexRecords == records ? 0 : 1;
    }

    public static int Run(string folder, int runs, int records, int components, int bruteForceSample)
    {
        var targets = SyntheticAdvisories.Purls(components, records).Select((p, i) => new MatchTarget(p, p, $"c{i}")).ToList();
        using var index = OsvIndex.Open(Path.Combine(folder, "osv.idx"));
        var matcher = new VulnerabilityMatcher(new IndexSource(index), OsvCvssScorer.Instance);
        var findings = 0;
        var (warm, warmCpu) = Measure.MedianTimings(runs, 1, () => findings = matcher.Match(targets).Findings.Count);
        var source = new IndexSource(index);
        var (lookups, lookupsCpu) = Measure.MedianTimings(runs, 1, () =>
        {
            foreach (var t in targets)
            {
                if (CodeAssure.Sbom.PackageUrls.PackageUrl.TryParse(t.Purl, out var p) && PackageCoordinates.TryFrom(p, out var c))
                {
                    source.FindByPackage(c.BaseEcosystem, c.Name);
                }
            }
        });
        Console.WriteLine(Measure.Format($"vulns-match: of which index lookups (match data read and decoded, one thread): {lookups:F0} ms (CPU {lookupsCpu:F0} ms)"));

        // Brute force: every record held in memory and scanned for every component; same matcher otherwise.
        var all = index.Ids.Select(id => index.FindById(id)!).ToList();
        var brute = new VulnerabilityMatcher(new LinearScanSource(all), OsvCvssScorer.Instance);
        var sample = targets.Take(bruteForceSample).ToList();
        var bruteFindings = 0;
        var bruteSample = Measure.MedianMilliseconds(1, 0, () => bruteFindings = brute.Match(sample).Findings.Count);
        var indexedSample = Measure.MedianMilliseconds(runs, 1, () => matcher.Match(sample));
        var sameAnswers = bruteFindings == matcher.Match(sample).Findings.Count;
        var bruteFull = bruteSample * components / bruteForceSample;

        Console.WriteLine(Measure.Format($"vulns-match: {components} components x {index.RecordCount} advisories; {findings} findings; warm median of {runs}: {warm:F0} ms, CPU (user+sys, all threads) {warmCpu:F0} ms (target <= 500 ms)"));
        Console.WriteLine(Measure.Format($"vulns-match: brute force on {bruteForceSample} components: {bruteSample:F0} ms vs index {indexedSample:F1} ms = {bruteSample / indexedSample:F0}x; extrapolated to all {components}: {bruteFull / 1000:F0} s vs {warm / 1000:F2} s; same findings: {sameAnswers}"));
        return sameAnswers ? 0 : 1;
    }

    private sealed class IndexSource(OsvIndex index) : IAdvisorySource
    {
        public IReadOnlyList<MatchableAdvisory> FindByPackage(string baseEcosystem, string name) => index.FindMatchableByPackage(baseEcosystem, name);
    }

    private sealed class LinearScanSource(List<OsvRecord> records) : IAdvisorySource
    {
        public IReadOnlyList<MatchableAdvisory> FindByPackage(string baseEcosystem, string name)
        {
            var wanted = OsvPackageKey.NormaliseName(baseEcosystem, name);
            return [.. records.Where(r => r.Affected.Any(a => a.Package is { } p
                && OsvPackageKey.BaseOf(p.Ecosystem) == baseEcosystem
                && OsvPackageKey.NormaliseName(baseEcosystem, p.Name) == wanted)).Select(MatchableAdvisory.From)];
        }
    }
}
