using CodeAssure.TestSupport;
using CodeAssure.Vulnerabilities.Matching;
using CodeAssure.Vulnerabilities.Osv;
using CodeAssure.Vulnerabilities.Versions;
using Xunit.Abstractions;

namespace CodeAssure.Vulnerabilities.Tests.Matching;

/// <summary>
/// The OSV oracle: in every record of ../shared/conformance/osv that lists explicit affected versions, each listed
/// version must be judged affected by the ranges alone, and each fixed version that is not itself listed must not.
/// </summary>
public sealed class RangeOracleTests(ITestOutputHelper output)
{
    [Fact]
    public void Ranges_agree_with_the_explicit_version_lists_of_real_advisories()
    {
        var files = Directory.EnumerateFiles(ConformanceData.PathOf("osv"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Where(f => !f.Contains("osv-schema", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        int records = 0, listedChecks = 0, fixedChecks = 0;
        var failures = new List<string>();
        foreach (var file in files)
        {
            OsvRecord record;
            try
            {
                record = file.EndsWith(".yaml", StringComparison.Ordinal)
                    ? OsvRecordParser.ParseYaml(File.ReadAllText(file))
                    : OsvRecordParser.ParseJson(File.ReadAllBytes(file));
            }
            catch (OsvFormatException)
            {
                continue;
            }

            foreach (var affected in record.Affected.Where(a => a.Versions.Count > 0 && a.Package is not null))
            {
                if (!VersionSchemes.TryFor(affected.Package!.Ecosystem, out var scheme)
                    || !affected.Ranges.Any(r => r.Type != OsvRangeType.Git))
                {
                    continue;
                }

                records++;
                foreach (var version in affected.Versions.Where(v => scheme.IsValid(v, out _)))
                {
                    listedChecks++;
                    if (!AffectedVersions.EvaluateRanges(affected, version, scheme).IsAffected)
                    {
                        failures.Add($"{record.Id} {affected.Package.Name} {version}: listed but not in the ranges");
                    }
                }

                var fixes = affected.Ranges.Where(r => r.Type != OsvRangeType.Git).SelectMany(r => r.Events)
                    .Where(e => e.Kind == OsvEventKind.Fixed && !affected.Versions.Contains(e.Version) && scheme.IsValid(e.Version, out _));
                foreach (var fix in fixes)
                {
                    fixedChecks++;
                    if (AffectedVersions.EvaluateRanges(affected, fix.Version, scheme).IsAffected)
                    {
                        failures.Add($"{record.Id} {affected.Package.Name} {fix.Version}: fixed version judged affected");
                    }
                }
            }
        }

        var total = listedChecks + fixedChecks;
        output.WriteLine($"{records} affected entries with version lists; {listedChecks} listed versions, {fixedChecks} fixed versions checked");
        ConformanceReport.Record(output, "OSV range oracle (listed versions affected, fixed not)", total - failures.Count, total, failures);
        Assert.True(records > 500, $"only {records} affected entries with version lists were read");
        // The shared data's SOURCE.md notes a handful of upstream records list versions below 'introduced';
        // those are reported above, and must stay a handful.
        Assert.True(failures.Count <= total / 1000, $"{failures.Count} of {total} checks failed");
    }
}
