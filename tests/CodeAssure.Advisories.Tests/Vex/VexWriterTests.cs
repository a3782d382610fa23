using System.Text;
using System.Text.Json;
using CodeAssure.Advisories.Vex;
using CodeAssure.Sbom.Validation;

namespace CodeAssure.Advisories.Tests.Vex;

public sealed class VexWriterTests
{
    private static readonly ReleaseVexContent Release = new()
    {
        Author = "Acme Ltd",
        ProductName = "Widget",
        Version = "1.0.0",
        ProductId = "pkg:generic/acme/widget@1.0.0",
        DocumentId = new Uri("https://trust.example.com/trust/acme/vex/widget-1.0.0"),
        SerialNumber = Guid.Parse("3e671687-395b-41f5-a30f-a58921a69b79"),
        Timestamp = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero),
        Entries =
        [
            new VexEntry
            {
                VulnerabilityId = "CVE-2026-1000", Aliases = ["GHSA-1111-2222-3333"], Description = "Deserialisation flaw", Cwes = ["CWE-502"],
                CvssVector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                State = new ProductVulnerabilityState("r1", VexStatus.Affected, FixedVersion: "1.1.0", ComponentPurl: "pkg:maven/org.example/lib@2.0"),
            },
            new VexEntry
            {
                VulnerabilityId = "CVE-2026-1001",
                State = new ProductVulnerabilityState("r1", VexStatus.NotAffected, VexJustification.VulnerableCodeNotInExecutePath, ComponentPurl: "pkg:npm/left-pad@1.0.0"),
            },
            new VexEntry { VulnerabilityId = "GHSA-aaaa-bbbb-cccc", State = new ProductVulnerabilityState("r1", VexStatus.Fixed) },
            new VexEntry { VulnerabilityId = "ACME-REPORT-1", State = new ProductVulnerabilityState("r1", VexStatus.UnderInvestigation, Statement: "</script>\"hostile") },
            new VexEntry { VulnerabilityId = "CVE-2026-1002", State = new ProductVulnerabilityState("r1", VexStatus.NotAffected) },
        ],
    };

    [Fact]
    public void CycloneDx_vex_passes_the_cyclonedx_1_6_schema()
    {
        var result = new SbomValidator().Validate(Encoding.UTF8.GetBytes(CycloneDxVexWriter.Write(Release)), "vex.cdx.json");

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal("1.6", result.SpecVersion);
    }

    [Fact]
    public void CycloneDx_vex_carries_analysis_and_affects_the_component()
    {
        using var json = JsonDocument.Parse(CycloneDxVexWriter.Write(Release));
        var vulnerabilities = json.RootElement.GetProperty("vulnerabilities").EnumerateArray().ToList();

        var affected = vulnerabilities[0];
        Assert.Equal("exploitable", affected.GetProperty("analysis").GetProperty("state").GetString());
        Assert.Equal("update", affected.GetProperty("analysis").GetProperty("response")[0].GetString());
        Assert.Equal("pkg:maven/org.example/lib@2.0", affected.GetProperty("affects")[0].GetProperty("ref").GetString());
        Assert.Equal(502, affected.GetProperty("cwes")[0].GetInt32());
        Assert.Equal("CVSSv31", affected.GetProperty("ratings")[0].GetProperty("method").GetString());
        Assert.Equal("code_not_reachable", vulnerabilities[1].GetProperty("analysis").GetProperty("justification").GetString());
        Assert.Equal("resolved", vulnerabilities[2].GetProperty("analysis").GetProperty("state").GetString());
        Assert.Equal("release", vulnerabilities[2].GetProperty("affects")[0].GetProperty("ref").GetString());
        Assert.Equal("in_triage", vulnerabilities[3].GetProperty("analysis").GetProperty("state").GetString());
        Assert.Equal("</script>\"hostile", vulnerabilities[3].GetProperty("analysis").GetProperty("detail").GetString());
    }

    [Fact]
    public void OpenVex_has_the_0_2_0_shape_and_required_statements()
    {
        using var json = JsonDocument.Parse(OpenVexWriter.Write(Release));
        var root = json.RootElement;
        var statements = root.GetProperty("statements").EnumerateArray().ToList();

        Assert.Equal("https://openvex.dev/ns/v0.2.0", root.GetProperty("@context").GetString());
        Assert.Equal("https://trust.example.com/trust/acme/vex/widget-1.0.0", root.GetProperty("@id").GetString());
        Assert.Equal("Acme Ltd", root.GetProperty("author").GetString());
        Assert.Equal("2026-03-01T09:00:00Z", root.GetProperty("timestamp").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(5, statements.Count);
        Assert.Equal("CVE-2026-1000", statements[0].GetProperty("vulnerability").GetProperty("name").GetString());
        Assert.Equal("pkg:generic/acme/widget@1.0.0", statements[0].GetProperty("products")[0].GetProperty("@id").GetString());
        Assert.Equal("pkg:maven/org.example/lib@2.0", statements[0].GetProperty("products")[0].GetProperty("subcomponents")[0].GetProperty("@id").GetString());
        Assert.Equal("affected", statements[0].GetProperty("status").GetString());
        Assert.Contains("1.1.0", statements[0].GetProperty("action_statement").GetString(), StringComparison.Ordinal);
        Assert.Equal("not_affected", statements[1].GetProperty("status").GetString());
        Assert.Equal("vulnerable_code_not_in_execute_path", statements[1].GetProperty("justification").GetString());
        Assert.Equal("fixed", statements[2].GetProperty("status").GetString());
        Assert.Equal("under_investigation", statements[3].GetProperty("status").GetString());
        // not_affected needs a justification or an impact statement even when triage recorded neither.
        Assert.True(statements[4].TryGetProperty("impact_statement", out _));
    }

    [Theory]
    [InlineData("vulnerable_code_not_present", VexJustification.VulnerableCodeNotPresent)]
    [InlineData("code_not_present", VexJustification.VulnerableCodeNotPresent)]
    [InlineData("Component_Not_Present", VexJustification.ComponentNotPresent)]
    [InlineData("protected_at_perimeter", VexJustification.VulnerableCodeCannotBeControlledByAdversary)]
    public void Justifications_read_both_vocabularies(string text, VexJustification expected) =>
        Assert.Equal(expected, VexJustifications.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("because")]
    public void Unknown_justification_is_null(string? text) => Assert.Null(VexJustifications.Parse(text));
}
