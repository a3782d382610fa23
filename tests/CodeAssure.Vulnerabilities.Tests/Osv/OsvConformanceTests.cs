using System.Text.Json;
using CodeAssure.TestSupport;
using CodeAssure.Vulnerabilities.Index;
using CodeAssure.Vulnerabilities.Matching;
using CodeAssure.Vulnerabilities.Osv;
using Xunit.Abstractions;

namespace CodeAssure.Vulnerabilities.Tests.Osv;

/// <summary>The real OSV data in ../shared/conformance/osv: every record parses (or is rejected when it should be), and imports with the right counts.</summary>
public sealed class OsvConformanceTests(ITestOutputHelper output)
{
    private static string Rustsec => ConformanceData.PathOf("osv", "rustsec", "crates");

    private static string GoVulnDb => ConformanceData.PathOf("osv", "golang-vulndb", "data", "osv");

    private static string PyPa => ConformanceData.PathOf("osv", "pypa-advisory-db", "vulns");

    private static string Linter => ConformanceData.PathOf("osv", "osv-schema", "tools", "osv-linter", "testdata");

    private static string Ghsa => ConformanceData.PathOf("osv", "osv-schema", "tools", "ghsa", "testdata");

    private static List<string> Files(string folder, string pattern) =>
        [.. Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_real_record_parses_and_every_schema_violation_is_rejected()
    {
        var files = Files(Rustsec, "*.json")
            .Concat(Files(GoVulnDb, "*.json"))
            .Concat(Files(PyPa, "*.yaml"))
            .Concat(Files(Linter, "*.json").Where(f => Path.GetFileName(f) != "EXPECTED.json"))
            .Concat(Files(Ghsa, "*.osv.json"))
            .ToList();
        var failures = new List<string>();
        foreach (var file in files)
        {
            // The linter's "nointroduced" fixture has a range without an introduced event, which the schema forbids.
            var shouldParse = !Path.GetFileName(file).StartsWith("nointroduced-", StringComparison.Ordinal);
            string? problem = null;
            try
            {
                var bytes = File.ReadAllBytes(file);
                var record = file.EndsWith(".yaml", StringComparison.Ordinal)
                    ? OsvRecordParser.ParseYaml(File.ReadAllText(file))
                    : OsvRecordParser.ParseJson(bytes);
                var again = OsvRecordParser.ParseJson(OsvRecordWriter.ToUtf8Json(record));
                if (!OsvRecordWriter.ToUtf8Json(again).AsSpan().SequenceEqual(OsvRecordWriter.ToUtf8Json(record)))
                {
                    problem = "does not survive a write/read round trip";
                }
            }
            catch (OsvFormatException e)
            {
                problem = e.Message;
            }

            if (shouldParse && problem is not null)
            {
                failures.Add($"{Path.GetFileName(file)}: {problem}");
            }
            else if (!shouldParse && problem is null)
            {
                failures.Add($"{Path.GetFileName(file)}: accepted, but should be rejected");
            }
        }

        ConformanceReport.Record(output, "OSV records (RustSec, Go vulndb, PyPA YAML, osv-schema fixtures)", files.Count - failures.Count, files.Count, failures);
        Assert.Equal(1206 + 670 + 1175 + 12 + 11, files.Count);
        Assert.Empty(failures);
    }

    [Fact]
    public void RustSec_counts_match_what_the_source_says()
    {
        var records = Files(Rustsec, "*.json").Select(f => OsvRecordParser.ParseJson(File.ReadAllBytes(f))).ToList();
        var events = records.SelectMany(r => r.Affected).SelectMany(a => a.Ranges).SelectMany(r => r.Events).ToList();
        var severities = records.SelectMany(r => r.Severity.Concat(r.Affected.SelectMany(a => a.Severity))).ToList();

        Assert.Equal(1206, records.Count);
        Assert.Equal(1466, events.Count(e => e.Kind == OsvEventKind.Introduced));
        Assert.Equal(1000, events.Count(e => e.Kind == OsvEventKind.Fixed));
        Assert.Equal(360, severities.Count(s => s.Type == "CVSS_V3"));
        Assert.Equal(57, severities.Count(s => s.Type == "CVSS_V4"));
        Assert.Equal(13, records.Count(r => r.IsWithdrawn));
        Assert.All(records.SelectMany(r => r.Affected), a => Assert.Equal("crates.io", a.Package!.Ecosystem));
        Assert.All(records.SelectMany(r => r.Affected), a => Assert.Equal(OsvRangeType.Semver, Assert.Single(a.Ranges).Type));
    }

    [Fact]
    public void Go_records_keep_placeholder_times_and_symbol_lists()
    {
        var files = Files(GoVulnDb, "*.json");
        var records = files.Select(f => OsvRecordParser.ParseJson(File.ReadAllBytes(f))).ToList();
        var withImports = files.Count(f => File.ReadAllText(f).Contains("\"imports\"", StringComparison.Ordinal));

        Assert.Contains(records, r => r.Modified == DateTimeOffset.MinValue);
        Assert.All(records, r => Assert.StartsWith("GO-2024-", r.Id, StringComparison.Ordinal));
        Assert.Equal(withImports, records.Count(r => r.Affected.Any(a => a.EcosystemSpecific is { } e && e.TryGetProperty("imports", out _))));
    }

    [Fact]
    public async Task Importing_all_real_data_counts_every_file_and_finds_records_by_id_and_package()
    {
        using var folder = new TemporaryFolder();
        var rustFiles = Files(Rustsec, "*.json");
        var goFiles = Files(GoVulnDb, "*.json");
        var pypaFiles = Files(PyPa, "*.yaml");
        var linterFiles = Files(Linter, "*.json");
        var skipped = new List<OsvSkippedRecord>();

        var summary = await new OsvImporter().ImportAsync(folder.Index, [Rustsec, GoVulnDb, PyPa, Linter], onSkipped: skipped.Add);

        Assert.Equal(rustFiles.Count, summary.Sources[0].Read);
        Assert.Equal(goFiles.Count, summary.Sources[1].Read);
        Assert.Equal(pypaFiles.Count, summary.Sources[2].Read);
        // EXPECTED.json is not a record, and nointroduced-… breaks the schema: both skipped, counted, named.
        Assert.Equal(linterFiles.Count - 2, summary.Sources[3].Read);
        Assert.Equal(2, summary.SkippedCount);
        Assert.Contains(skipped, s => s.Location.EndsWith("EXPECTED.json", StringComparison.Ordinal) && s.Reason.Contains("id", StringComparison.Ordinal));
        Assert.Contains(skipped, s => s.Location.EndsWith("nointroduced-CVE-2023-41045.json", StringComparison.Ordinal) && s.Reason.Contains("introduced", StringComparison.Ordinal));
        Assert.Equal(0, summary.FailedSources);

        var ids = rustFiles.Concat(goFiles).Concat(linterFiles).Where(f => !f.EndsWith("EXPECTED.json", StringComparison.Ordinal) && !f.Contains("nointroduced-", StringComparison.Ordinal))
            .Select(f => JsonDocument.Parse(File.ReadAllBytes(f)).RootElement.GetProperty("id").GetString()!)
            .Concat(pypaFiles.Select(f => File.ReadLines(f).Single(l => l.StartsWith("id: ", StringComparison.Ordinal))[4..].Trim()))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(ids.Count, summary.IndexRecords);

        using var index = OsvIndex.Open(folder.Index);
        Assert.Equal(ids.Count, index.RecordCount);
        Assert.Equal(ids.Order(StringComparer.Ordinal), index.Ids.Order(StringComparer.Ordinal));
        var rustsec = index.FindById("RUSTSEC-2024-0001");
        Assert.NotNull(rustsec);
        Assert.Equal("crates.io", rustsec.Affected[0].Package!.Ecosystem);
        Assert.Null(index.FindById("RUSTSEC-0000-0000"));
    }

    [Fact]
    public async Task Lookup_by_package_finds_exactly_the_records_that_name_it()
    {
        using var folder = new TemporaryFolder();
        await new OsvImporter().ImportAsync(folder.Index, [Rustsec, GoVulnDb]);
        using var index = OsvIndex.Open(folder.Index);

        var expected = new Dictionary<(string Ecosystem, string Name), SortedSet<string>>();
        foreach (var file in Files(Rustsec, "*.json").Concat(Files(GoVulnDb, "*.json")))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var id = document.RootElement.GetProperty("id").GetString()!;
            foreach (var affected in document.RootElement.GetProperty("affected").EnumerateArray())
            {
                var package = affected.GetProperty("package");
                var key = (package.GetProperty("ecosystem").GetString()!, package.GetProperty("name").GetString()!);
                if (!expected.TryGetValue(key, out var set))
                {
                    expected[key] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(id);
            }
        }

        var failures = new List<string>();
        foreach (var ((ecosystem, name), ids) in expected)
        {
            var found = index.FindByPackage(ecosystem, name).Select(r => r.Id).ToList();
            if (!found.SequenceEqual(ids))
            {
                failures.Add($"{ecosystem}/{name}: expected {ids.Count}, found {found.Count}");
            }
        }

        Assert.True(expected.Count > 1000);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task The_index_match_data_of_every_real_record_equals_its_reduction_of_the_full_record()
    {
        using var folder = new TemporaryFolder();
        await new OsvImporter().ImportAsync(folder.Index, [Rustsec, GoVulnDb, PyPa, Ghsa]);
        using var index = OsvIndex.Open(folder.Index);

        var failures = new List<string>();
        var compared = 0;
        foreach (var key in index.PackageKeys)
        {
            var full = index.FindByPackage(key.Ecosystem, key.Name).Select(MatchableAdvisory.From).Select(Describe).ToList();
            var stored = index.FindMatchableByPackage(key.Ecosystem, key.Name).Select(Describe).ToList();
            compared += full.Count;
            if (!full.SequenceEqual(stored))
            {
                failures.Add(key.ToString());
            }
        }

        Assert.True(compared > 3000, $"only {compared} records compared");
        Assert.Empty(failures);
    }

    private static string Describe(MatchableAdvisory a) => JsonSerializer.Serialize(new
    {
        a.Id,
        a.Aliases,
        a.IsWithdrawn,
        a.Summary,
        a.DetailsFirstLine,
        a.DatabaseSeverity,
        Severity = a.Severity.Select(s => $"{s.Type}={s.Score}"),
        Affected = a.Affected.Select(x => new
        {
            x.Package!.Ecosystem,
            x.Package.Name,
            x.Versions,
            Ranges = x.Ranges.Select(r => new { r.Type, Events = r.Events.Select(e => $"{e.Kind}:{e.Version}") }),
        }),
    });

    [Fact]
    public async Task PyPI_lookup_normalises_names_by_PEP_503()
    {
        using var folder = new TemporaryFolder();
        await new OsvImporter().ImportAsync(folder.Index, [Path.Combine(PyPa, "apache-superset")]);
        using var index = OsvIndex.Open(folder.Index);

        var files = Files(Path.Combine(PyPa, "apache-superset"), "*.yaml").Count;
        Assert.Equal(files, index.FindByPackage("PyPI", "apache-superset").Count);
        Assert.Equal(files, index.FindByPackage("PyPI", "Apache_Superset").Count);
        Assert.Equal(files, index.FindByPackage("PyPI", "apache.-_superset").Count);
        Assert.Empty(index.FindByPackage("npm", "apache-superset"));
    }

    [Fact]
    public async Task Distribution_ecosystems_group_by_base_and_match_a_release_exactly()
    {
        using var folder = new TemporaryFolder();
        await new OsvImporter().ImportAsync(folder.Index, [Path.Combine(Linter, "CVE-2018-5407.json")]);
        using var index = OsvIndex.Open(folder.Index);

        Assert.Single(index.FindByPackage("Alpine", "openssl"));
        Assert.Single(index.FindByPackage("Alpine:v3.5", "openssl"));
        Assert.Empty(index.FindByPackage("Alpine:v9.99", "openssl"));
        Assert.Contains(index.PackageKeys, k => k.BaseEcosystem == "Alpine" && k.Ecosystem == "Alpine:v3.3");
    }

    [Fact]
    public async Task Records_without_a_package_are_kept_and_git_only_ones_are_filed_by_repository()
    {
        using var folder = new TemporaryFolder();
        await new OsvImporter().ImportAsync(folder.Index, [Path.Combine(Linter, "CVE-2023-41045.json"), Path.Combine(Linter, "SUSE-FU-2022_0444-1.json"), Path.Combine(Linter, "RHSA-2022_0216.json")]);
        using var index = OsvIndex.Open(folder.Index);

        Assert.Equal(3, index.RecordCount);
        Assert.Equal(2, index.Metadata.RecordsWithoutPackage);
        var git = Assert.Single(index.PackageKeys);
        Assert.Equal("GIT", git.BaseEcosystem);
        Assert.Single(index.FindByPackage("GIT", git.Name));
        Assert.NotNull(index.FindById("RHSA-2022:0216"));
    }
}
