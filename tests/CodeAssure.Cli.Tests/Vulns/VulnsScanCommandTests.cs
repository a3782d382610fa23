using System.Text.Json;
using CodeAssure.TestSupport;

namespace CodeAssure.Cli.Tests.Vulns;

/// <summary>`codeassure vulns scan` end to end: the real RustSec advisories imported, an SBOM scanned.</summary>
public sealed class VulnsScanCommandTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("codeassure-vulns-").FullName;

    private string Index => Path.Combine(_folder, "osv.idx");

    private string Bom => Path.Combine(_folder, "bom.json");

    public async Task InitializeAsync()
    {
        var import = await CliRunner.RunAsync("osv", "import", ConformanceData.PathOf("osv", "rustsec"), "--db", Index);
        Assert.Equal(0, import.ExitCode);
        await File.WriteAllTextAsync(Bom, """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
             "components": [
               {"type": "library", "bom-ref": "sv", "name": "smallvec", "version": "1.5.0", "purl": "pkg:cargo/smallvec@1.5.0"},
               {"type": "library", "bom-ref": "sv-ok", "name": "smallvec", "version": "1.6.1", "purl": "pkg:cargo/smallvec@1.6.1"},
               {"type": "library", "name": "no-purl"}
             ]}
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Json_lists_the_finding_with_every_id_severity_and_fix_and_exits_1()
    {
        var result = await CliRunner.RunAsync("vulns", "scan", Bom, "--db", Index, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var findings = json.RootElement.GetProperty("findings");
        var smallvec = findings.EnumerateArray().Single(f => f.GetProperty("ids").EnumerateArray().Any(i => i.GetString() == "RUSTSEC-2021-0003"));
        Assert.Equal("pkg:cargo/smallvec@1.5.0", smallvec.GetProperty("purl").GetString());
        Assert.Contains("CVE-2021-25900", smallvec.GetProperty("ids").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("critical", smallvec.GetProperty("severity").GetString());
        Assert.Equal(9.8, smallvec.GetProperty("cvss").GetProperty("score").GetDouble());
        Assert.Equal("1.6.1", smallvec.GetProperty("fixedIn").GetString());
        Assert.DoesNotContain(findings.EnumerateArray(), f => f.GetProperty("version").GetString() == "1.6.1");
        Assert.Equal(2, json.RootElement.GetProperty("componentsChecked").GetInt32());
        Assert.Contains("not checked", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("critical", 1)]
    [InlineData("low", 1)]
    public async Task Fail_on_gates_the_exit_code_by_severity(string threshold, int expected)
    {
        var result = await CliRunner.RunAsync("vulns", "scan", Bom, "--db", Index, "--fail-on", threshold);

        Assert.Equal(expected, result.ExitCode);
        Assert.Contains("RUSTSEC-2021-0003", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clean_sbom_exits_0()
    {
        var clean = Path.Combine(_folder, "clean.json");
        await File.WriteAllTextAsync(clean, """{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "components": [{"type": "library", "name": "smallvec", "version": "1.6.1", "purl": "pkg:cargo/smallvec@1.6.1"}]}""");

        var result = await CliRunner.RunAsync("vulns", "scan", clean, "--db", Index);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("0 finding(s) in 1 component(s) checked", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sarif_and_vex_outputs_are_written_atomically_to_a_file()
    {
        var sarif = Path.Combine(_folder, "out.sarif");
        var vex = Path.Combine(_folder, "out.vex.json");

        Assert.Equal(1, (await CliRunner.RunAsync("vulns", "scan", Bom, "--db", Index, "--format", "sarif", "-o", sarif)).ExitCode);
        Assert.Equal(1, (await CliRunner.RunAsync("vulns", "scan", Bom, "--db", Index, "--format", "cyclonedx-vex", "-o", vex)).ExitCode);

        using var s = JsonDocument.Parse(await File.ReadAllTextAsync(sarif));
        Assert.Equal("2.1.0", s.RootElement.GetProperty("version").GetString());
        using var v = JsonDocument.Parse(await File.ReadAllTextAsync(vex));
        Assert.Contains(v.RootElement.GetProperty("vulnerabilities").EnumerateArray(), x => x.GetProperty("id").GetString() == "CVE-2021-25900" || x.GetProperty("id").GetString() == "RUSTSEC-2021-0003" || x.GetProperty("id").GetString() == "GHSA-43w2-9j62-hq99");
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
        var validation = await CliRunner.RunAsync("sbom", "validate", vex);
        Assert.True(validation.ExitCode == 0, validation.Out + validation.Error);
    }

    [Fact]
    public async Task Kev_and_epss_data_flag_and_order_findings()
    {
        var kev = Path.Combine(_folder, "kev.json");
        var epss = Path.Combine(_folder, "epss.csv");
        await File.WriteAllTextAsync(kev, """{"vulnerabilities": [{"cveID": "CVE-2021-25900", "dateAdded": "2024-01-01"}]}""");
        await File.WriteAllTextAsync(epss, "cve,epss,percentile\nCVE-2021-25900,0.5,0.9\n");

        var result = await CliRunner.RunAsync("vulns", "scan", Bom, "--db", Index, "--kev", kev, "--epss", epss, "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var first = json.RootElement.GetProperty("findings")[0];
        Assert.Equal("CVE-2021-25900", first.GetProperty("kev").GetProperty("cve").GetString());
        Assert.Equal(0.5, first.GetProperty("epss").GetProperty("probability").GetDouble());
    }

    [Fact]
    public async Task A_source_folder_is_scanned_through_its_lock_files()
    {
        var project = Directory.CreateDirectory(Path.Combine(_folder, "project")).FullName;
        await File.WriteAllTextAsync(Path.Combine(project, "Cargo.lock"), """
            # This file is automatically @generated by Cargo.
            version = 3

            [[package]]
            name = "app"
            version = "0.1.0"
            dependencies = [
             "smallvec",
            ]

            [[package]]
            name = "smallvec"
            version = "1.5.0"
            source = "registry+https://github.com/rust-lang/crates.io-index"
            checksum = "7acad6f34eb9e8a259d3283d1e8c1d34d7415943d4895f65cc73813c7396fc85"
            """);

        var result = await CliRunner.RunAsync("vulns", "scan", project, "--db", Index, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("purl").GetString() == "pkg:cargo/smallvec@1.5.0");
    }

    [Fact]
    public async Task Missing_index_is_a_runtime_failure_with_one_line()
    {
        var result = await CliRunner.RunAsync("vulns", "scan", Bom, "--db", Path.Combine(_folder, "missing.idx"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("codeassure osv import", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("nonexistent.json")]
    [InlineData("--fail-on", "severe")]
    [InlineData("--format", "xml")]
    public async Task Usage_errors_exit_2(params string[] extra)
    {
        var args = extra[0].StartsWith("--", StringComparison.Ordinal) ? ["vulns", "scan", Bom, .. extra] : new[] { "vulns", "scan", Path.Combine(_folder, extra[0]) };

        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task A_malformed_sbom_exits_1_with_its_location()
    {
        var broken = Path.Combine(_folder, "broken.json");
        await File.WriteAllTextAsync(broken, """{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"name": """);

        var result = await CliRunner.RunAsync("vulns", "scan", broken, "--db", Index);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.json:1:", result.Error, StringComparison.Ordinal);
    }
}
