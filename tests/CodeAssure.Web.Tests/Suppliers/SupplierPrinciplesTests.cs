using CodeAssure.Attestation.Verification;
using CodeAssure.Web.Suppliers;

namespace CodeAssure.Web.Tests.Suppliers;

/// <summary>How claim counts become a principle's state, and the stored summary's round trip.</summary>
public sealed class SupplierPrinciplesTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    [Theory]
    [InlineData(3, 0, 0, 0, "Met")]
    [InlineData(2, 0, 0, 1, "Met")]
    [InlineData(2, 1, 0, 0, "PartiallyMet")]
    [InlineData(1, 0, 1, 0, "PartiallyMet")]
    [InlineData(0, 1, 2, 0, "PartiallyMet")]
    [InlineData(0, 0, 2, 1, "NotMet")]
    [InlineData(0, 0, 0, 3, "NotApplicable")]
    public void A_principle_is_met_only_when_every_applicable_claim_is_met(int met, int partly, int notMet, int notApplicable, string expected) =>
        Assert.Equal(Enum.Parse<PrincipleState>(expected), SupplierPrinciples.State(new PrincipleSummary("1.1", met, partly, notMet, notApplicable)));

    [Fact]
    public void Principles_met_count_leaves_out_principles_that_do_not_apply()
    {
        var count = SupplierPrinciples.Count([
            new PrincipleSummary("1.1", 3, 0, 0, 0), new PrincipleSummary("1.2", 1, 1, 0, 0), new PrincipleSummary("2.1", 0, 0, 0, 2)]);

        Assert.Equal((1, 2), count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"principle\":\"1.1\"}")]
    public void An_unreadable_stored_summary_reads_as_none(string? json) => Assert.Empty(SupplierPrinciples.Parse(json));

    [Fact]
    public void The_stored_summary_uses_the_documented_field_names()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new[] { new PrincipleSummary("4.3", 1, 2, 3, 4) }, Web);

        Assert.Equal("""[{"principle":"4.3","met":1,"partiallyMet":2,"notMet":3,"notApplicable":4}]""", json);
        Assert.Equal(new PrincipleSummary("4.3", 1, 2, 3, 4), Assert.Single(SupplierPrinciples.Parse(json)));
    }
}
