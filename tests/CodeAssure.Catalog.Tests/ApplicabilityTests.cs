using CodeAssure.Catalog;

namespace CodeAssure.Catalog.Tests;

/// <summary>Table 1 of the Code: which principles each stakeholder role answers.</summary>
public sealed class ApplicabilityTests
{
    private static readonly CodeCatalog Catalog = CodeCatalog.LoadEmbedded();

    private static StakeholderRole Role(string id) => Catalog.TryGetRole(id, out var role) ? role : throw new KeyNotFoundException(id);

    [Fact]
    public void Developer_and_distributor_answers_every_principle()
    {
        Assert.Equal(Catalog.Principles, Catalog.ApplicablePrinciples(Role("developer-distributor")));
        Assert.Equal(Catalog.Claims.Count, Catalog.ApplicableClaims(Role("developer-distributor")).Count());
    }

    [Fact]
    public void Reseller_answers_only_themes_3_and_4()
    {
        var principles = Catalog.ApplicablePrinciples(Role("reseller")).ToList();
        Assert.Equal([3, 4], principles.Select(p => p.Theme.Id).Distinct());
        Assert.Equal(8, principles.Count);
    }

    [Fact]
    public void Developer_only_answers_themes_1_and_2_and_theme_3_where_in_scope()
    {
        var role = Role("developer-only");
        Assert.Equal(Applicability.Applies, role.For(Catalog.Themes[0]));
        Assert.Equal(Applicability.Applies, role.For(Catalog.Themes[1]));
        Assert.Equal(Applicability.WhereInScope, role.For(Catalog.Themes[2]));
        Assert.Equal(Applicability.NotApplicable, role.For(Catalog.Themes[3]));
        Assert.Equal([1, 2, 3], Catalog.ApplicablePrinciples(role).Select(p => p.Theme.Id).Distinct());
        Assert.Equal([1, 2], Catalog.ApplicablePrinciples(role, includeWhereInScope: false).Select(p => p.Theme.Id).Distinct());
    }

    [Fact]
    public void A_principle_takes_the_applicability_of_its_theme()
    {
        foreach (var role in Catalog.Roles)
        {
            Assert.All(Catalog.Principles, p => Assert.Equal(role.For(p.Theme), role.For(p)));
        }
    }

    [Theory]
    [InlineData("RESELLER", true)]
    [InlineData("open-source", false)]
    [InlineData("", false)]
    public void Roles_are_found_by_id_ignoring_case(string id, bool found) =>
        Assert.Equal(found, Catalog.TryGetRole(id, out _));
}
