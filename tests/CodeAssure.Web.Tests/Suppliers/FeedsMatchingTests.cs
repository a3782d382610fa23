using CodeAssure.Advisories.Csaf.Model;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Suppliers;

namespace CodeAssure.Web.Tests.Suppliers;

/// <summary>How advisories and support lines are matched to the products in use.</summary>
public sealed class FeedsMatchingTests
{
    [Theory]
    [InlineData("vers:semver/>=1.0.0|<2.0.0", "1.4.2", true)]
    [InlineData("vers:semver/>=1.0.0|<2.0.0", "2.0.0", false)]
    [InlineData("vers:semver/>=1.0.0|<2.0.0", "0.9.9", false)]
    [InlineData("vers:generic/<=2.4", "2.4", true)]
    [InlineData("vers:generic/<=2.4", "2.10", false)]
    [InlineData("vers:generic/1.0|1.2", "1.2", true)]
    [InlineData("vers:generic/1.0|1.2", "1.1", false)]
    [InlineData("vers:generic/>=1.0|!=1.5|<2.0", "1.5", false)]
    [InlineData("vers:generic/>=1.0|<1.5|>=3.0", "3.2", true)]
    [InlineData("vers:generic/>=1.0|<1.5|>=3.0", "2.0", false)]
    [InlineData("vers:npm/*", "0.0.1", true)]
    public void Vers_ranges_contain_what_the_specification_says(string range, string version, bool expected)
    {
        Assert.True(VersRange.TryParse(range, out var parsed, out var reason), reason);
        Assert.Equal(expected, parsed.Contains(version));
    }

    [Theory]
    [InlineData(">=1.0")]
    [InlineData("vers:")]
    [InlineData("vers:semver/")]
    [InlineData("vers:semver/>=")]
    public void Text_that_is_not_a_vers_range_is_refused_with_a_reason(string text)
    {
        Assert.False(VersRange.TryParse(text, out _, out var reason));
        Assert.False(string.IsNullOrEmpty(reason));
    }

    [Theory]
    [InlineData("1.x", "1.4.2", true)]
    [InlineData("1.x", "2.0.0", false)]
    [InlineData("1.*", "1.0", true)]
    [InlineData("2.3", "2.3.7", true)]
    [InlineData("2.3", "2.30.1", false)]
    [InlineData("2.4.1", "2.4.1", true)]
    [InlineData("2.4.1", "2.4.10", false)]
    [InlineData("1.0 - 1.9", "1.9.3", true)]
    [InlineData("1.0 - 1.9", "2.0", false)]
    [InlineData("vers:semver/>=3.0.0|<4.0.0", "3.1.0", true)]
    public void Support_lines_cover_the_versions_they_name(string line, string version, bool covered)
    {
        Assert.Equal(covered, SupportVersionLine.Covers(line, version) > SupportVersionLine.None);
    }

    [Fact]
    public void The_exact_support_line_beats_a_wider_one()
    {
        Assert.True(SupportVersionLine.Covers("2.4.1", "2.4.1") > SupportVersionLine.Covers("2.4", "2.4.1"));
        Assert.True(SupportVersionLine.Covers("2.4", "2.4.1") > SupportVersionLine.Covers("2.x", "2.4.1"));
        Assert.True(SupportVersionLine.Covers("2.x", "2.4.1") > SupportVersionLine.Covers("2.0 - 2.9", "2.4.1"));
    }

    private static SupplierProduct InUse(string name, string? version) => new() { Id = Guid.NewGuid(), Name = name, VersionInUse = version };

    private static CsafDocument Document(ProductTree tree, string[] knownAffected, string[]? underInvestigation = null, string[]? fixedIds = null) => new()
    {
        Document = new DocumentMetadata { Title = "t", Publisher = new Publisher { Name = "Acme Ltd" } },
        ProductTree = tree,
        Vulnerabilities = [new Vulnerability { ProductStatus = new ProductStatus { KnownAffected = knownAffected, UnderInvestigation = underInvestigation, Fixed = fixedIds } }],
    };

    private static Branch Version(string version, string id) =>
        new() { Category = "product_version", Name = version, Product = new FullProductName { ProductId = id, Name = "Acme Widget " + version } };

    private static ProductTree Branches(params Branch[] versions) => new()
    {
        Branches = [new Branch { Category = "vendor", Name = "Acme Ltd", Branches = [new Branch { Category = "product_name", Name = "Widget", Branches = versions }] }],
    };

    [Fact]
    public void A_product_matches_by_name_case_insensitively_and_by_exact_version()
    {
        var tree = Branches(Version("1.0.0", "P1"), Version("1.1.0", "P2"));
        var affected = InUse("widget", "1.0.0");
        var fixedOne = InUse("Widget", "1.1.0");
        var anyVersion = InUse("WIDGET", null);
        var otherProduct = InUse("Gadget", "1.0.0");

        var result = CsafProductMatcher.Affected(Document(tree, ["P1"], fixedIds: ["P2"]), [affected, fixedOne, anyVersion, otherProduct]);

        Assert.Equal([affected.Id, anyVersion.Id], result);
    }

    [Fact]
    public void Under_investigation_counts_as_affecting_and_fixed_or_not_affected_does_not()
    {
        var tree = Branches(Version("1.0.0", "P1"));
        var inUse = InUse("Widget", "1.0.0");

        Assert.Equal([inUse.Id], CsafProductMatcher.Affected(Document(tree, [], underInvestigation: ["P1"]), [inUse]));
        Assert.Empty(CsafProductMatcher.Affected(Document(tree, [], fixedIds: ["P1"]), [inUse]));
    }

    [Fact]
    public void A_version_range_matches_the_versions_inside_it_and_an_unreadable_range_counts_as_affecting()
    {
        var range = new ProductTree
        {
            Branches = [new Branch { Category = "vendor", Name = "Acme Ltd", Branches = [new Branch { Category = "product_name", Name = "Widget", Branches =
            [
                new Branch { Category = "product_version_range", Name = "vers:semver/>=1.0.0|<1.2.0", Product = new FullProductName { ProductId = "R1", Name = "Widget 1.0-1.2" } },
                new Branch { Category = "product_version_range", Name = "all versions before 3", Product = new FullProductName { ProductId = "R2", Name = "Widget old" } },
            ] }] }],
        };
        var inside = InUse("Widget", "1.1.5");
        var outside = InUse("Widget", "1.2.0");

        Assert.Equal([inside.Id], CsafProductMatcher.Affected(Document(range, ["R1"]), [inside, outside]));
        Assert.Equal([inside.Id, outside.Id], CsafProductMatcher.Affected(Document(range, ["R2"]), [inside, outside]));
    }

    [Fact]
    public void A_full_product_name_without_version_as_the_composer_writes_it_affects_every_version()
    {
        var tree = new ProductTree { FullProductNames = [new FullProductName { ProductId = "F1", Name = "Acme Ltd Widget" }, new FullProductName { ProductId = "F2", Name = "Widget Pro 2.0" }] };
        var widget = InUse("Widget", "7.0");
        var pro = InUse("Widget Pro", "2.0");
        var oldPro = InUse("Widget Pro", "1.0");

        Assert.Equal([widget.Id], CsafProductMatcher.Affected(Document(tree, ["F1"]), [widget, pro, oldPro]));
        Assert.Equal([pro.Id], CsafProductMatcher.Affected(Document(tree, ["F2"]), [widget, pro, oldPro]));
    }

    [Fact]
    public void A_relationship_affects_the_products_it_joins()
    {
        var tree = Branches(Version("1.0.0", "P1"));
        tree = tree with
        {
            FullProductNames = [new FullProductName { ProductId = "OS", Name = "Some OS" }],
            Relationships = [new Relationship { Category = "installed_on", ProductReference = "P1", RelatesToProductReference = "OS", FullProductName = new FullProductName { ProductId = "P1-ON-OS", Name = "Widget 1.0.0 on Some OS" } }],
        };
        var inUse = InUse("Widget", "1.0.0");

        Assert.Equal([inUse.Id], CsafProductMatcher.Affected(Document(tree, ["P1-ON-OS"]), [inUse]));
    }
}
