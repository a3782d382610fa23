using System.Text;
using System.Text.Json.Nodes;
using CodeAssure.Catalog;

namespace CodeAssure.Catalog.Tests;

/// <summary>Loading refuses data that is malformed or inconsistent, and says exactly what is wrong.</summary>
public sealed class CatalogValidationTests
{
    private static JsonObject Embedded()
    {
        using var stream = typeof(CodeCatalog).Assembly.GetManifestResourceStream(CodeCatalog.EmbeddedResourceName)!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static CatalogValidationException Refuse(JsonNode document) => Refuse(document.ToJsonString());

    private static CatalogValidationException Refuse(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return Assert.Throws<CatalogValidationException>(() => CodeCatalog.Load(stream, "test.json"));
    }

    private static JsonObject Find(JsonNode document, string list, string id) =>
        document[list]!.AsArray().Single(n => (string?)n!["id"] == id)!.AsObject();

    private static JsonObject Provision(JsonNode document, string id) =>
        document["draft"]!["provisions"]!.AsArray().Single(n => (string?)n!["id"] == id)!.AsObject();

    [Fact]
    public void Accepts_the_embedded_data_round_tripped()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Embedded().ToJsonString()));
        Assert.Equal(14, CodeCatalog.Load(stream, "copy.json").Principles.Count);
    }

    [Fact]
    public void Rejects_a_duplicate_principle_id()
    {
        var doc = Embedded();
        Find(doc, "principles", "1.2")["id"] = "1.1";
        Assert.Contains("principle id 1.1 is used twice", Refuse(doc).Problems);
    }

    [Fact]
    public void Rejects_a_duplicate_claim_id()
    {
        var doc = Embedded();
        Find(doc, "claims", "1.1.2")["id"] = "1.1.1";
        Assert.Contains("claim id 1.1.1 is used twice", Refuse(doc).Problems);
    }

    [Fact]
    public void Rejects_a_claim_that_belongs_to_no_principle()
    {
        var doc = Embedded();
        Find(doc, "claims", "4.3.2")["id"] = "4.4.1";
        Assert.Contains("claim 4.4.1 belongs to principle 4.4, which does not exist", Refuse(doc).Problems);
    }

    [Fact]
    public void Rejects_a_principle_left_without_claims()
    {
        var doc = Embedded();
        var claims = doc["claims"]!.AsArray();
        claims.Remove(claims.Single(c => (string?)c!["id"] == "4.2.1"));
        Assert.Contains("principle 4.2 has no claims", Refuse(doc).Problems);
    }

    [Fact]
    public void Rejects_a_principle_in_a_theme_that_does_not_exist()
    {
        var doc = Embedded();
        doc["principles"]!.AsArray().Add(new JsonObject { ["id"] = "5.1", ["statement"] = "Extra." });
        Assert.Contains("principle 5.1 belongs to theme 5, which does not exist", Refuse(doc).Problems);
    }

    [Fact]
    public void Rejects_a_draft_provision_neither_mapped_nor_marked_not_carried()
    {
        var doc = Embedded();
        var provision = Provision(doc, "2.3");
        provision.Remove("note");
        Assert.Contains(Refuse(doc).Problems, p => p.StartsWith("draft provision 2.3 is neither mapped", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_a_draft_provision_mapped_to_a_principle_that_does_not_exist()
    {
        var doc = Embedded();
        Provision(doc, "1.1")["carriedInto"] = new JsonArray("1.9");
        Assert.Contains("draft provision 1.1 is carried into '1.9', which is not a principle of the final Code", Refuse(doc).Problems);
    }

    [Fact]
    public void Rejects_a_shall_provision_without_technical_controls()
    {
        var doc = Embedded();
        var provision = Provision(doc, "3.4");
        provision.Remove("technicalControlRefs");
        Assert.Contains("draft provision 3.4 is a 'shall' with no technical control", Refuse(doc).Problems);
    }

    [Fact]
    public void Rejects_references_to_technical_controls_that_do_not_exist()
    {
        var doc = Embedded();
        Find(doc, "claims", "1.1.1")["technicalControls"] = new JsonArray("TC-9.9.9");
        Assert.Contains("claim 1.1.1 refers to technical control 'TC-9.9.9', which does not exist", Refuse(doc).Problems);
    }

    [Fact]
    public void Rejects_a_role_that_leaves_a_theme_undecided_or_uses_an_unknown_value()
    {
        var doc = Embedded();
        var themes = Find(doc, "roles", "reseller")["themes"]!.AsObject();
        themes.Remove("1");
        themes["2"] = "sometimes";
        var problems = Refuse(doc).Problems;
        Assert.Contains("role reseller does not say whether theme 1 applies", problems);
        Assert.Contains("role reseller gives theme 2 'sometimes' (expected applies, where-in-scope or not-applicable)", problems);
    }

    [Fact]
    public void Rejects_a_claims_tree_claim_with_an_official_number()
    {
        var doc = Embedded();
        Find(doc, "claims", "1.2.T1")["id"] = "1.2.6";
        Assert.Contains("claim 1.2.6: claims-tree claims, and only they, take a T number", Refuse(doc).Problems);
    }

    [Fact]
    public void Lists_every_problem_not_just_the_first()
    {
        var doc = Embedded();
        Find(doc, "principles", "1.2")["id"] = "1.1";
        Find(doc, "claims", "1.1.1")["repositoryScan"] = "maybe";
        Assert.True(Refuse(doc).Problems.Count >= 2);
    }

    [Fact]
    public void Rejects_unknown_members_so_typos_cannot_drop_data()
    {
        var doc = Embedded();
        Find(doc, "claims", "1.1.1")["evidnce"] = new JsonArray("typo");
        Assert.Contains("evidnce", Refuse(doc).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_missing_required_members()
    {
        var doc = Embedded();
        Find(doc, "principles", "1.1").Remove("statement");
        Assert.Contains("statement", Refuse(doc).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"catalogVersion\": 1}")]
    [InlineData("{\"catalogVersion\": \"x\", \"code\": {")]
    [InlineData("\u0000\u0001garbage")]
    public void Rejects_malformed_and_truncated_documents_with_a_clear_error(string json)
    {
        var error = Refuse(json);
        Assert.NotEmpty(error.Problems);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Rejects_a_truncated_copy_of_the_real_data()
    {
        var json = Embedded().ToJsonString();
        Assert.Contains(Refuse(json[..(json.Length / 2)]).Problems, p => p.StartsWith("not a valid catalogue document", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_hostile_nesting_without_overflowing_the_stack()
    {
        var json = "{\"catalogVersion\":\"x\",\"code\":" + new string('[', 100_000);
        Assert.NotEmpty(Refuse(json).Problems);
    }
}
