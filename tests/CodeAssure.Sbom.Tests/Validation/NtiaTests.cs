using System.Text;
using CodeAssure.Sbom.Validation;
using CodeAssure.Sbom.Validation.Ntia;
using CodeAssure.TestSupport;

namespace CodeAssure.Sbom.Tests.Validation;

public sealed class NtiaTests
{
    private static NtiaReport Report(string text) =>
        new SbomValidator().Validate(Encoding.UTF8.GetBytes(text), includeNtia: true).Ntia!;

    [Fact]
    public void Counts_each_element_per_component_and_averages_the_seven_for_the_overall_score()
    {
        var report = Report("""
            {"bomFormat":"CycloneDX","specVersion":"1.5","version":1,
             "metadata":{"timestamp":"2024-01-01T00:00:00Z"},
             "components":[
               {"type":"library","bom-ref":"a","name":"a","version":"1","supplier":{"name":"S"},"purl":"pkg:npm/a@1"},
               {"type":"library","bom-ref":"b","name":"b","components":[{"type":"library","name":"c","cpe":"cpe:2.3:a:x:c:1:*:*:*:*:*:*:*"}]}],
             "dependencies":[{"ref":"a","dependsOn":["b"]}]}
            """);
        Assert.Equal(3, report.Components.Count);
        Assert.Equal(["/components/0", "/components/1", "/components/1/components/0"], report.Components.Select(c => c.Location).ToArray());
        Assert.Empty(report.Components[0].Missing);
        Assert.Equal([NtiaElement.Supplier, NtiaElement.Version, NtiaElement.UniqueIdentifier], report.Components[1].Missing.ToArray());
        var byElement = report.Elements.ToDictionary(e => e.Element);
        Assert.Equal(33.3, byElement[NtiaElement.Supplier].Percent);
        Assert.Equal(100.0, byElement[NtiaElement.Name].Percent);
        Assert.Equal(66.7, byElement[NtiaElement.UniqueIdentifier].Percent);
        Assert.Equal(66.7, byElement[NtiaElement.DependencyRelationship].Percent);
        Assert.Equal(0, byElement[NtiaElement.Author].Present);
        Assert.Equal(1, byElement[NtiaElement.Timestamp].Present);
        Assert.Equal(Math.Round((33.3 + 100 + 33.3 + 66.7 + 66.7 + 0 + 100) / 7, 1), report.OverallPercent);
        Assert.False(report.IsComplete);
    }

    [Theory]
    [InlineData("cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.xml", 62)]
    [InlineData("cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json", 62)]
    [InlineData("spdx-spec-examples/v2.3/SPDXJSONExample-v2.3.spdx.json", 4)]
    [InlineData("spdx-spec-examples/v2.3/SPDXTagExample-v2.3.spdx", 4)]
    public void Reports_one_row_per_component_of_real_SBOMs_in_every_format(string path, int components)
    {
        var report = new SbomValidator().Validate(File.ReadAllBytes(ConformanceData.PathOf("sboms", path)), path, includeNtia: true).Ntia!;
        Assert.Equal(components, report.Components.Count);
        Assert.Equal(7, report.Elements.Count);
        Assert.All(report.Elements, e => Assert.InRange(e.Percent, 0, 100));
    }

    [Fact]
    public void Treats_both_spdx_serialisations_of_the_same_document_alike()
    {
        var json = new SbomValidator().Validate(File.ReadAllBytes(ConformanceData.PathOf("sboms", "spdx-spec-examples/v2.3/SPDXJSONExample-v2.3.spdx.json")), includeNtia: true).Ntia!;
        var tags = new SbomValidator().Validate(File.ReadAllBytes(ConformanceData.PathOf("sboms", "spdx-spec-examples/v2.3/SPDXTagExample-v2.3.spdx")), includeNtia: true).Ntia!;
        Assert.Equal(json.Elements.Select(e => e.Present), tags.Elements.Select(e => e.Present));
    }
}
