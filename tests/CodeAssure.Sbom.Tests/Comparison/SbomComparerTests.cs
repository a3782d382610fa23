using CodeAssure.Sbom.Comparison;
using CodeAssure.Sbom.Model;
using CodeAssure.Sbom.Readers;
using CodeAssure.TestSupport;

namespace CodeAssure.Sbom.Tests.Comparison;

public sealed class SbomComparerTests
{
    private static SbomDocument Bom(params SbomComponent[] components) =>
        new(SbomFormat.CycloneDx, "1.6", null, SbomMetadata.Empty, components, []);

    private static SbomComponent Npm(string name, string version) =>
        new(name) { Version = version, Purl = $"pkg:npm/{name}@{version}", BomRef = Guid.NewGuid().ToString() };

    [Fact]
    public void Lists_added_removed_and_version_changed_packages()
    {
        var before = Bom(Npm("left-pad", "1.0.0"), Npm("lodash", "4.17.20"), Npm("react", "18.2.0"));
        var after = Bom(Npm("lodash", "4.17.21"), Npm("react", "18.2.0"), Npm("zod", "3.23.8"));

        var diff = SbomComparer.Compare(before, after);

        Assert.Equal(["zod"], diff.Added.Select(p => p.Name));
        Assert.Equal(["left-pad"], diff.Removed.Select(p => p.Name));
        var change = Assert.Single(diff.Changed);
        Assert.Equal(("lodash", "4.17.20", "4.17.21"), (change.Name, change.From[0], change.To[0]));
    }

    [Fact]
    public void Identity_ignores_purl_spelling_order_and_bom_refs()
    {
        var before = Bom(new SbomComponent("Django") { Version = "4.2", Purl = "pkg:pypi/Django_Rest@4.2" }, Npm("a", "1.0.0"));
        var after = Bom(Npm("a", "1.0.0"), new SbomComponent("django") { Version = "4.2", Purl = "pkg:pypi/django-rest@4.2" });

        Assert.True(SbomComparer.Compare(before, after).IsEmpty);
    }

    [Fact]
    public void Components_without_purls_compare_by_group_and_name()
    {
        var before = Bom(new SbomComponent("core") { Group = "acme", Version = "1" });
        var after = Bom(new SbomComponent("core") { Group = "acme", Version = "2" }, new SbomComponent("core") { Group = "other", Version = "1" });

        var diff = SbomComparer.Compare(before, after);

        Assert.Equal("acme/core", Assert.Single(diff.Changed).Name);
        Assert.Equal("other/core", Assert.Single(diff.Added).Name);
    }

    [Fact]
    public void Several_versions_of_one_package_compare_as_a_set()
    {
        var diff = SbomComparer.Compare(Bom(Npm("ms", "2.0.0"), Npm("ms", "2.1.3")), Bom(Npm("ms", "2.1.3"), Npm("ms", "2.0.0")));

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void A_real_sbom_compared_with_itself_in_another_format_has_no_difference()
    {
        var manifest = File.ReadAllLines(ConformanceData.PathOf("sboms", "MANIFEST.csv"));
        var file = manifest.Skip(1).Select(l => l.Split(',')[0]).First(f => f.EndsWith(".json", StringComparison.Ordinal) && f.Contains("cyclonedx", StringComparison.OrdinalIgnoreCase));
        var sbom = SbomReader.ReadFile(ConformanceData.PathOf("sboms", file));

        Assert.True(SbomComparer.Compare(sbom, sbom).IsEmpty);
        var shuffled = sbom with { Components = [.. sbom.Components.Reverse()] };
        Assert.True(SbomComparer.Compare(sbom, shuffled).IsEmpty);
        var unique = sbom.Components.GroupBy(ComponentIdentity.KeyOf).First(g => g.Count() == 1).Single();
        var fewer = sbom with { Components = [.. sbom.Components.Where(c => !ReferenceEquals(c, unique))] };
        Assert.Equal(ComponentIdentity.KeyOf(unique), Assert.Single(SbomComparer.Compare(sbom, fewer).Removed).Key);
    }
}
