using CodeAssure.Sbom.Tests.Generation;
using CodeAssure.Sbom.Validation;
using CodeAssure.Sbom.Writers;

namespace CodeAssure.Sbom.Tests.Writers;

/// <summary>
/// Every generated SBOM validates against the official CycloneDX JSON schemas (the same files as the conformance
/// data, embedded for `sbom validate`), with the project's own JSON Schema validator: no Node.js needed.
/// </summary>
public sealed class GeneratedSbomSchemaTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in Directory.GetDirectories(Fixtures.PathOf(".")).Select(Path.GetFileName).Where(f => f is not "malformed").Order(StringComparer.Ordinal))
        {
            data.Add(folder!, "1.6");
            data.Add(folder!, "1.7");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Generated_cyclonedx_validates_against_the_official_schema(string fixture, string specVersion)
    {
        var graph = await Fixtures.GraphOf(fixture);
        using var output = new MemoryStream();
        CycloneDxJsonWriter.Write(output, graph, new SbomDocumentInfo(Guid.NewGuid(), DateTimeOffset.UtcNow, "CodeAssure", "0.1.0"), specVersion);

        var result = new SbomValidator().Validate(output.ToArray(), $"{fixture}.cdx.json");

        Assert.Equal(specVersion, result.SpecVersion);
        Assert.True(result.IsValid, string.Join(" | ", result.Problems.Take(5)));
    }
}
