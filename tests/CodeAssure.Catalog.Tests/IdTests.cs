using CodeAssure.Catalog;

namespace CodeAssure.Catalog.Tests;

public sealed class IdTests
{
    [Theory]
    [InlineData("1.1", 1, 1)]
    [InlineData("4.3", 4, 3)]
    [InlineData("2.12", 2, 12)]
    public void Parses_principle_ids(string text, int theme, int number)
    {
        var id = PrincipleId.Parse(text);
        Assert.Equal((theme, number), (id.Theme, id.Number));
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.")]
    [InlineData(".1")]
    [InlineData("1.1.1")]
    [InlineData("01.1")]
    [InlineData("1.01")]
    [InlineData("0.1")]
    [InlineData("a.b")]
    [InlineData("1.-1")]
    [InlineData("+1.1")]
    [InlineData(" 1.1")]
    [InlineData("1.1\n")]
    [InlineData("1.١")]
    [InlineData("99999999999.1")]
    public void Rejects_malformed_principle_ids(string text)
    {
        Assert.False(PrincipleId.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PrincipleId.Parse(text));
    }

    [Theory]
    [InlineData("1.2.3", false)]
    [InlineData("1.2.T1", true)]
    public void Parses_claim_ids(string text, bool fromTree)
    {
        var id = ClaimId.Parse(text);
        Assert.Equal(fromTree, id.IsFromTree);
        Assert.Equal("1.2", id.Principle.ToString());
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData("1.2")]
    [InlineData("1.2.")]
    [InlineData("1.2.T")]
    [InlineData("1.2.t1")]
    [InlineData("1.2.3.4")]
    [InlineData("1.2.0")]
    [InlineData("x.2.3")]
    public void Rejects_malformed_claim_ids(string text) => Assert.False(ClaimId.TryParse(text, out _));

    [Fact]
    public void Orders_ids_numerically_and_tree_claims_after_official_ones()
    {
        Assert.True(PrincipleId.Parse("1.10") > PrincipleId.Parse("1.9"));
        Assert.True(PrincipleId.Parse("2.1") > PrincipleId.Parse("1.10"));
        Assert.True(ClaimId.Parse("1.2.T1") > ClaimId.Parse("1.2.5"));
        Assert.True(ClaimId.Parse("1.2.T1") < ClaimId.Parse("1.3.1"));
    }
}
