using System.Text;
using CodeAssure.Advisories.Csaf.Validation;

namespace CodeAssure.Advisories.Tests;

/// <summary>Specific cases from the specification's examples that the OASIS test documents selection does not cover.</summary>
public sealed class CsafTestBehaviourTests
{
    private static CsafValidationReport Validate(string productTree, string vulnerabilities = "[]", string documentExtra = "") =>
        new CsafValidator().Validate(Encoding.UTF8.GetBytes($$"""
        {
          "document": {
            "category": "csaf_base", "csaf_version": "2.0", {{documentExtra}}
            "publisher": {"category": "vendor", "name": "Example", "namespace": "https://example.com"},
            "title": "t",
            "tracking": {
              "current_release_date": "2024-01-01T00:00:00Z", "id": "X-1", "initial_release_date": "2024-01-01T00:00:00Z",
              "revision_history": [{"date": "2024-01-01T00:00:00Z", "number": "1", "summary": "s"}],
              "status": "final", "version": "1"
            }
          },
          "product_tree": {{productTree}},
          "vulnerabilities": {{vulnerabilities}}
        }
        """));

    [Fact]
    public void Multiple_definition_of_a_product_id_fails_6_1_2()
    {
        var report = Validate("""{"full_product_names": [{"name": "A", "product_id": "P1"}, {"name": "B", "product_id": "P1"}]}""");

        Assert.Contains(report.Findings, f => f.TestId == "6.1.2" && f.Path == "/product_tree/full_product_names/1/product_id");
    }

    [Fact]
    public void Indirect_circular_relationship_fails_6_1_3()
    {
        var report = Validate("""
            {"full_product_names": [{"name": "A", "product_id": "P1"}],
             "relationships": [
               {"category": "installed_on", "full_product_name": {"name": "B", "product_id": "P2"}, "product_reference": "P1", "relates_to_product_reference": "P3"},
               {"category": "installed_on", "full_product_name": {"name": "C", "product_id": "P3"}, "product_reference": "P1", "relates_to_product_reference": "P2"}]}
            """);

        Assert.Equal(2, report.Findings.Count(f => f.TestId == "6.1.3"));
    }

    [Fact]
    public void Repeated_group_id_fails_6_1_5()
    {
        var report = Validate("""
            {"full_product_names": [{"name": "A", "product_id": "P1"}],
             "product_groups": [{"group_id": "G1", "product_ids": ["P1", "P1"]}, {"group_id": "G1", "product_ids": ["P1", "P1"]}]}
            """);

        Assert.Contains(report.Findings, f => f.TestId == "6.1.5" && f.Path == "/product_tree/product_groups/1/group_id");
    }

    [Fact]
    public void Repeated_hash_algorithm_fails_6_1_25()
    {
        var report = Validate("""
            {"full_product_names": [{"name": "A", "product_id": "P1", "product_identification_helper": {"hashes": [{"filename": "a.so", "file_hashes": [
              {"algorithm": "sha256", "value": "026a37919b182ef7c63791e82c9645e2f897a3f0b73c7a6028c7febf62e93838"},
              {"algorithm": "sha256", "value": "0a853ce2337f0608489ac596a308dc5b7b19d35a52b10bf31261586ac368b175"}]}]}}]}
            """);

        Assert.Contains(report.Findings, f => f.TestId == "6.1.25");
    }

    [Fact]
    public void Invalid_purl_fails_6_1_13()
    {
        var report = Validate("""{"full_product_names": [{"name": "A", "product_id": "P1", "product_identification_helper": {"purl": "pkg:maven/@1.3.4"}}]}""");

        Assert.Contains(report.Findings, f => f.TestId == "6.1.13" && f.Path.EndsWith("/purl", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("EZ", true)]
    [InlineData("en-GB", false)]
    [InlineData("de-CH-1996", false)]
    [InlineData("i-default", false)]
    [InlineData("en--GB", true)]
    public void Checks_language_tags_for_6_1_12(string lang, bool fails)
    {
        var report = Validate("""{"full_product_names": [{"name": "A", "product_id": "P1"}]}""", documentExtra: $"\"lang\": \"{lang}\",");

        Assert.Equal(fails, report.Findings.Any(f => f.TestId == "6.1.12"));
    }

    [Fact]
    public void Same_involvement_party_and_date_fails_6_1_24()
    {
        var report = Validate(
            """{"full_product_names": [{"name": "A", "product_id": "P1"}]}""",
            """[{"involvements": [{"date": "2021-04-23T10:00:00.000Z", "party": "vendor", "status": "completed"}, {"date": "2021-04-23T10:00:00.000Z", "party": "vendor", "status": "in_progress"}]}]""");

        Assert.Contains(report.Findings, f => f.TestId == "6.1.24" && f.Path == "/vulnerabilities/0/involvements/1");
    }

    [Fact]
    public void Inconsistent_cvss_v3_properties_fail_6_1_10_and_wrong_scores_fail_6_1_9()
    {
        var report = Validate(
            """{"full_product_names": [{"name": "A", "product_id": "P1"}]}""",
            """
            [{"scores": [{"products": ["P1"], "cvss_v3": {"version": "3.1", "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
              "baseScore": 10.0, "baseSeverity": "LOW", "attackVector": "LOCAL", "scope": "CHANGED", "availabilityImpact": "HIGH"}}]}]
            """);

        var inconsistent = report.Findings.Where(f => f.TestId == "6.1.10").Select(f => f.Path).ToList();
        Assert.Equal(["/vulnerabilities/0/scores/0/cvss_v3/attackVector", "/vulnerabilities/0/scores/0/cvss_v3/scope"], inconsistent);
        var computation = report.Findings.Where(f => f.TestId == "6.1.9").Select(f => f.Path).ToList();
        Assert.Equal(["/vulnerabilities/0/scores/0/cvss_v3/baseScore", "/vulnerabilities/0/scores/0/cvss_v3/baseSeverity"], computation);
    }

    [Fact]
    public void Undefined_member_fails_6_2_20()
    {
        var report = Validate("""{"full_product_names": [{"name": "A", "product_id": "P1"}]}""", documentExtra: "\"custom_property\": \"any\",");

        Assert.Equal(["/document/custom_property"], report.Findings.Where(f => f.TestId == "6.2.20").Select(f => f.Path));
    }

    [Fact]
    public void Official_examples_have_no_undefined_members()
    {
        var files = Directory.GetFiles(CodeAssure.TestSupport.ConformanceData.PathOf("csaf", "csaf_2.0", "examples", "csaf"), "*.json", SearchOption.AllDirectories);

        var hits = files.SelectMany(file => new CsafValidator().Validate(File.ReadAllBytes(file)).Findings
            .Where(f => f.TestId == "6.2.20").Select(f => $"{Path.GetFileName(file)} {f.Path}")).ToList();

        Assert.NotEmpty(files);
        Assert.Empty(hits);
    }

    [Fact]
    public void Every_mandatory_test_from_6_1_1_to_6_1_33_is_registered()
    {
        var ids = CsafValidator.Tests.Where(t => t.Group == CsafTestGroup.Mandatory).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

        var expected = Enumerable.Range(1, 33).Where(n => n != 27).Select(n => $"6.1.{n}")
            .Concat(Enumerable.Range(1, 11).Select(n => $"6.1.27.{n}"));
        Assert.Empty(expected.Except(ids));
        Assert.Equal(ids.Count, CsafValidator.Tests.Count(t => t.Group == CsafTestGroup.Mandatory));
    }
}
