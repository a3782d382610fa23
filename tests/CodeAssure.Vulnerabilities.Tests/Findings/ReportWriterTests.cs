using System.Text.Json;
using CodeAssure.Vulnerabilities.Findings;
using CodeAssure.Vulnerabilities.Reports;

namespace CodeAssure.Vulnerabilities.Tests.Findings;

public sealed class ReportWriterTests
{
    private static readonly VulnerabilityFinding Log4Shell = new()
    {
        Purl = "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
        Name = "org.apache.logging.log4j:log4j-core",
        Version = "2.14.1",
        Ecosystem = "Maven",
        Ids = ["GHSA-jfh8-c2jp-5v3q", "CVE-2021-44228"],
        Severity = Severity.Critical,
        Cvss = new CvssRating("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", "3.1", 10.0),
        FixedIn = "2.15.0",
        Summary = "Remote code injection in Log4j",
    };

    private static readonly VulnerabilityFinding Unscored = new()
    {
        Purl = "pkg:npm/left-pad@1.0.0",
        Name = "left-pad",
        Version = "1.0.0",
        Ecosystem = "npm",
        Ids = ["OSV-2020-1"],
        Severity = Severity.Unknown,
    };

    private static JsonDocument Sarif(params VulnerabilityFinding[] findings)
    {
        using var stream = new MemoryStream();
        SarifReportWriter.Write(stream, findings, "sub\\bom.json", "0.1.0+abc");
        return JsonDocument.Parse(stream.ToArray());
    }

    [Fact]
    public void Sarif_has_one_rule_per_vulnerability_and_one_result_per_component()
    {
        using var sarif = Sarif(Log4Shell, Log4Shell with { Purl = "pkg:maven/x/y@1", Name = "x:y", Version = "1" }, Unscored);
        var run = sarif.RootElement.GetProperty("runs")[0];

        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Equal("0.1.0", run.GetProperty("tool").GetProperty("driver").GetProperty("semanticVersion").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal(2, rules.GetArrayLength());
        Assert.Equal("10.0", rules[0].GetProperty("properties").GetProperty("security-severity").GetString());
        var results = run.GetProperty("results");
        Assert.Equal(3, results.GetArrayLength());
        Assert.Equal("error", results[0].GetProperty("level").GetString());
        Assert.Equal("warning", results[2].GetProperty("level").GetString());
        Assert.Contains("fixed in 2.15.0", results[0].GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("sub/bom.json", results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Vex_affects_references_resolve_to_components_in_the_document()
    {
        using var stream = new MemoryStream();
        CycloneDxVexWriter.Write(stream, [Log4Shell, Unscored], "0.1.0", TimeProvider.System);
        using var vex = JsonDocument.Parse(stream.ToArray());
        var root = vex.RootElement;

        Assert.Equal("CycloneDX", root.GetProperty("bomFormat").GetString());
        Assert.Equal("1.6", root.GetProperty("specVersion").GetString());
        Assert.StartsWith("urn:uuid:", root.GetProperty("serialNumber").GetString(), StringComparison.Ordinal);
        var refs = root.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("bom-ref").GetString()).ToHashSet();
        var vulnerabilities = root.GetProperty("vulnerabilities").EnumerateArray().ToList();
        Assert.Equal(2, vulnerabilities.Count);
        Assert.All(vulnerabilities, v => Assert.Contains(v.GetProperty("affects")[0].GetProperty("ref").GetString(), refs));
        Assert.Equal("CVSSv31", vulnerabilities[0].GetProperty("ratings")[0].GetProperty("method").GetString());
        Assert.Equal("CVE-2021-44228", vulnerabilities[0].GetProperty("references")[0].GetProperty("id").GetString());
        Assert.Equal("in_triage", vulnerabilities[1].GetProperty("analysis").GetProperty("state").GetString());
        Assert.Equal("unknown", vulnerabilities[1].GetProperty("ratings")[0].GetProperty("severity").GetString());
    }
}
