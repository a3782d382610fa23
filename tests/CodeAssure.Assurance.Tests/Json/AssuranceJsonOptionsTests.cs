using System.Text.Json;
using CodeAssure.Assurance.Dashboard;
using CodeAssure.Assurance.Evidence;
using CodeAssure.Assurance.Json;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Assurance.Tests.Testing;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Tests.Json;

public class AssuranceJsonOptionsTests
{
    private static readonly JsonSerializerOptions Options = AssuranceJsonOptions.Create();

    [Fact]
    public void Gaps_serialise_with_text_ids_and_kebab_case_answers_and_round_trip()
    {
        var gaps = GapList.For(Catalogs.Complete(), Catalogs.Real, new DateOnly(2026, 12, 15));

        var json = JsonSerializer.Serialize(gaps, Options);
        var back = JsonSerializer.Deserialize<List<Gap>>(json, Options)!;

        Assert.Contains("\"claim\":\"3.2.1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"principle\":\"3.2\"", json, StringComparison.Ordinal);
        Assert.Contains("\"answer\":\"partially-met\"", json, StringComparison.Ordinal);
        Assert.Contains("\"targetDate\":\"2026-11-30\"", json, StringComparison.Ordinal);
        Assert.Equal(gaps, back);
    }

    [Fact]
    public void An_assessment_serialises_in_its_documented_form_and_round_trips()
    {
        var assessment = Catalogs.Complete().WithEvidence(EvidenceItem.Link("l1", "Policy", "https://example.com/p"));

        var json = JsonSerializer.Serialize(assessment, Options);
        var back = JsonSerializer.Deserialize<Assessment>(json, Options)!;

        Assert.Equal(System.Text.Encoding.UTF8.GetString(AssessmentJson.ToCanonicalUtf8(assessment)), json);
        Assert.Equal(assessment.ComputeDigest(), back.ComputeDigest());
    }

    [Fact]
    public void Prefill_results_diffs_and_comparisons_serialise()
    {
        var bundle = new EvidenceBundleReader().Read(BundleJson.Bytes(BundleJson.Bundle(
            [BundleJson.Check("CA-VDP-001", "failed", ["3.2.1"], [BundleJson.Finding("CA-VDP-001", "no policy", "SECURITY.md", 1)])],
            [BundleJson.Claim("3.2.1", "not-met", "CA-VDP-001")])));
        var result = AssessmentPrefill.Merge(Catalogs.NewAssessment(), bundle);

        var json = JsonSerializer.Serialize(result, Options);

        using var document = JsonDocument.Parse(json);
        Assert.Equal("not-met", document.RootElement.GetProperty("applied")[0].GetProperty("answer").GetString());
        Assert.Equal("failed", document.RootElement.GetProperty("applied")[0].GetProperty("provenance")[0].GetProperty("checkStatus").GetString());
        Assert.Equal("draft", document.RootElement.GetProperty("assessment").GetProperty("status").GetString());
        Assert.Contains("\"kind\":\"changed\"", JsonSerializer.Serialize(AssessmentDiff.Between(Catalogs.NewAssessment(), result.Assessment), Options), StringComparison.Ordinal);
        Assert.Contains("\"principles\":[\"1.1\"", JsonSerializer.Serialize(ProductComparison.Compare([KeyValuePair.Create("Shop", Catalogs.Complete())], Catalogs.Real), Options), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"1.x.1\"")]
    [InlineData("12")]
    public void Refuses_malformed_ids(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ClaimId>(json, Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PrincipleId>(json, Options));
    }

    [Fact]
    public void Refuses_a_malformed_assessment_with_a_json_exception()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Assessment>("{\"formatVersion\":\"9.0\"}", Options));

        Assert.Contains("9.0", error.Message, StringComparison.Ordinal);
    }
}
