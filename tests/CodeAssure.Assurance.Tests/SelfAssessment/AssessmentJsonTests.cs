using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CodeAssure.Assurance.Evidence;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Assurance.Tests.Testing;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Tests.SelfAssessment;

public class AssessmentJsonTests
{
    private static Assessment Sample()
    {
        var assessment = Catalogs.Complete("reseller")
            .WithEvidence(EvidenceItem.File("f1", "Disclosure policy", "policy.pdf", "application/pdf", 1234, new string('a', 64)))
            .WithEvidence(EvidenceItem.Link("l1", "Published policy", "https://example.com/security"))
            .WithEvidence(EvidenceItem.Automated("a1", "VDP check", "bundle-1", "CA-VDP-001", new Dictionary<string, string> { ["z"] = "1", ["a"] = "two" }));
        return assessment.Edit(ClaimId.Parse("3.2.2"), c => c with
        {
            Argument = "Quotes \" backslash \\ tab\t newline\n and ünïcødé ✓ and <script>&",
            Evidence = ["l1", "f1", "a1"],
        });
    }

    [Fact]
    public void Round_trips_through_the_canonical_form_to_the_same_bytes()
    {
        var value = Sample().SignOffBy(Catalogs.SroSignOff(), Catalogs.Real);
        var bytes = AssessmentJson.ToCanonicalUtf8(value);

        var read = AssessmentJson.Read(bytes);

        Assert.Equal(bytes, AssessmentJson.ToCanonicalUtf8(read));
        Assert.Equal(value.ComputeDigest(), read.ComputeDigest());
        Assert.Empty(AssessmentDiff.Between(value, read).Claims);
        Assert.Equal(value.SignOff, read.SignOff);
        Assert.Equal(value.Scope, read.Scope);
    }

    [Fact]
    public void Canonical_form_has_sorted_members_no_whitespace_and_minimal_escapes()
    {
        var text = Encoding.UTF8.GetString(AssessmentJson.ToCanonicalUtf8(Sample()));

        Assert.StartsWith("{\"basedOn\":null,\"catalogVersion\":", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(": ", text, StringComparison.Ordinal);
        Assert.Contains("Quotes \\\" backslash \\\\ tab\\t newline\\n and ünïcødé ✓ and <script>&", text, StringComparison.Ordinal);
        Assert.Contains("\"facts\":{\"a\":\"two\",\"z\":\"1\"}", text, StringComparison.Ordinal);
        Assert.Contains("\"evidence\":[\"l1\",\"f1\",\"a1\"]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_is_the_sha256_of_the_canonical_bytes()
    {
        var value = Sample();

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(AssessmentJson.ToCanonicalUtf8(value))), value.ComputeDigest());
        Assert.True(AssessmentJson.IsDigest(value.ComputeDigest()));
    }

    [Fact]
    public void Digest_is_the_same_across_runs_for_the_same_value()
    {
        // Pinned: a change to the canonical form changes this and breaks every signed attestation; bump formatVersion instead.
        var value = Assessment.Create(Catalogs.Real, Catalogs.Role("reseller"), AssessmentScope.Organisation);
        var canonical = Encoding.UTF8.GetString(AssessmentJson.ToCanonicalUtf8(value));

        Assert.StartsWith(
            "{\"basedOn\":null,\"catalogVersion\":\"" + Catalogs.Real.Version + "\",\"claims\":[{\"answer\":\"unanswered\",\"argument\":null,\"claim\":\"3.1.1\",\"evidence\":[],\"justification\":null,\"owner\":null,\"targetDate\":null},",
            canonical,
            StringComparison.Ordinal);
        Assert.EndsWith("\"formatVersion\":\"1.0\",\"revision\":1,\"role\":\"reseller\",\"scope\":{\"kind\":\"organisation\"},\"signOff\":null,\"status\":\"draft\",\"version\":1}", canonical, StringComparison.Ordinal);
        Assert.Equal(PinnedDigest, value.ComputeDigest());
    }

    // The pinned digest also depends on the catalogue's reseller claims: a new catalogue edition changes it legitimately.
    private const string PinnedDigest = "f01138d26fef74e2d6f2d616bcaf2af6d80976ca3c3d13a7b43c3beedd0d5813";

    [Fact]
    public void Reading_does_not_depend_on_member_order()
    {
        var value = Sample();
        var reversed = Reverse(AssessmentJson.ToJsonNode(value));

        var read = AssessmentJson.Read(Encoding.UTF8.GetBytes(reversed.ToJsonString()));

        Assert.Equal(value.ComputeDigest(), read.ComputeDigest());
    }

    [Fact]
    public void Reading_ignores_members_a_newer_minor_version_adds()
    {
        var node = AssessmentJson.ToJsonNode(Sample());
        node["formatVersion"] = "1.7";
        node["futureMember"] = new JsonObject { ["x"] = 1 };

        var read = AssessmentJson.Read(Encoding.UTF8.GetBytes(node.ToJsonString()));

        Assert.Equal(Sample().ComputeDigest(), read.ComputeDigest());
    }

    [Theory]
    [InlineData("{\"formatVersion\":\"2.0\"}", "format '2.0' is not supported")]
    [InlineData("{\"formatVersion\":\"1.0\"", "not valid JSON")]
    [InlineData("[]", "must be an object")]
    [InlineData("{}", "formatVersion is required")]
    public void Refuses_malformed_documents_with_a_clear_message(string json, string expected)
    {
        var error = Assert.Throws<AssessmentException>(() => AssessmentJson.Read(Encoding.UTF8.GetBytes(json)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("claims", 0, "answer", "maybe", "claims[0].answer 'maybe'")]
    [InlineData("claims", 0, "claim", "1.x", "claims[0].claim '1.x'")]
    [InlineData("claims", 0, "targetDate", "31/12/2026", "claims[0].targetDate")]
    [InlineData("evidence", 1, "sha256", "XYZ", "evidence[1]")]
    [InlineData("evidence", 2, "url", "javascript:alert(1)", "evidence[2]")]
    public void Refuses_a_malformed_member_and_names_it(string array, int index, string member, string value, string expected)
    {
        var node = AssessmentJson.ToJsonNode(Sample());
        node[array]![index]![member] = value;

        var error = Assert.Throws<AssessmentException>(() => AssessmentJson.Read(Encoding.UTF8.GetBytes(node.ToJsonString())));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_duplicate_claims_and_deep_nesting()
    {
        var node = AssessmentJson.ToJsonNode(Sample());
        node["claims"]!.AsArray().Add(node["claims"]![0]!.DeepClone());
        Assert.Throws<AssessmentException>(() => AssessmentJson.Read(Encoding.UTF8.GetBytes(node.ToJsonString())));

        var deep = "{\"formatVersion\":\"1.0\",\"x\":" + new string('[', 100) + new string(']', 100) + "}";
        Assert.Throws<AssessmentException>(() => AssessmentJson.Read(Encoding.UTF8.GetBytes(deep)));
    }

    private static JsonNode Reverse(JsonNode node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Reverse(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(n => n is null ? null : Reverse(n))]),
        _ => node.DeepClone(),
    };
}
