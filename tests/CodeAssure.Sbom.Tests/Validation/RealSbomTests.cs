using CodeAssure.Sbom.Validation;
using CodeAssure.TestSupport;
using Xunit.Abstractions;

namespace CodeAssure.Sbom.Tests.Validation;

public sealed class RealSbomTests(ITestOutputHelper output)
{
    private static IEnumerable<(string Path, string Format, string Serialization, string Version, string Note)> Manifest()
    {
        var lines = File.ReadAllLines(ConformanceData.PathOf("sboms", "MANIFEST.csv")).Skip(1);
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            var cells = SplitCsv(line);
            yield return (cells[0], cells[1], cells[2], cells[3], cells.Count > 6 ? cells[6] : "");
        }
    }

    [Fact]
    public void Reports_every_fixture_flagged_invalid_as_invalid_and_never_crashes_on_any_SBOM()
    {
        var validator = new SbomValidator();
        var rows = Manifest().ToList();
        var failures = new List<string>();
        var flagged = 0;
        foreach (var row in rows)
        {
            var path = ConformanceData.PathOf("sboms", row.Path);
            var result = validator.Validate(File.ReadAllBytes(path), Path.GetFileName(path), includeNtia: true);
            var flaggedInvalid = row.Note.StartsWith("INVALID", StringComparison.Ordinal);
            flagged += flaggedInvalid ? 1 : 0;
            output.WriteLine($"{(result.IsValid ? "valid  " : "INVALID")} {result.Format} {result.SpecVersion} {row.Path}{(result.IsValid ? "" : ": " + string.Join(" | ", result.Problems.Take(2)))}");
            if (flaggedInvalid && result.IsValid)
            {
                failures.Add($"{row.Path}: flagged '{row.Note}' but reported valid");
            }
        }

        ConformanceReport.Record(output, "real SBOMs flagged INVALID are rejected", flagged - failures.Count, flagged, failures);
        Assert.Equal(4, flagged);
        Assert.Empty(failures);
    }

    [Fact]
    public void Accepts_the_official_CycloneDX_examples_and_the_SPDX_specification_examples()
    {
        var validator = new SbomValidator();
        var official = Manifest().Where(row =>
            (row.Path.StartsWith("cyclonedx-bom-examples/", StringComparison.Ordinal) && row.Version != "1.1")
            || (row.Path.StartsWith("spdx-", StringComparison.Ordinal) && row.Serialization is "json" or "tag-value"))
            .ToList();
        var rejected = official
            .Select(row => (row.Path, Result: validator.Validate(File.ReadAllBytes(ConformanceData.PathOf("sboms", row.Path)), row.Path)))
            .Where(r => !r.Result.IsValid)
            .Select(r => $"{r.Path}: {string.Join(" | ", r.Result.Problems.Take(3))}")
            .ToList();
        Assert.True(official.Count > 70, $"only {official.Count} official examples found");
        Assert.Empty(rejected);
    }

    [Theory]
    [InlineData("guac/small-spdx.json", "/packages/0/SPDXID")]
    [InlineData("guac/small-legal-cyclonedx.json", "/components/3/hashes/0/content")]
    [InlineData("guac/xray-cdx-vulns.json", "/vulnerabilities/0/bom-ref")]
    [InlineData("guac/alpine-small-spdx.json", "/packages/0/hasFiles/0")]
    public void Points_at_the_defects_of_real_world_SBOMs(string path, string location)
    {
        var result = new SbomValidator().Validate(File.ReadAllBytes(ConformanceData.PathOf("sboms", path)), path);
        Assert.Contains(result.Problems, p => p.Location == location);
    }

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString());
        return cells;
    }
}
