using System.Text.Json;
using System.Text.RegularExpressions;
using CodeAssure.Sbom.Tests.Generation;
using CodeAssure.Sbom.Writers;
using CodeAssure.TestSupport;

namespace CodeAssure.Sbom.Tests.Writers;

public class CycloneDxJsonWriterTests
{
    private static readonly SbomDocumentInfo Info = new(
        Guid.Parse("6f1e3a52-8c1b-4d8e-9a51-2b4c7d0e9f13"), new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero), "CodeAssure", "0.1.0");

    private static async Task<string> WriteAllFixtures(string specVersion)
    {
        var graph = await Fixtures.GraphOf("");
        using var stream = new MemoryStream();
        CycloneDxJsonWriter.Write(stream, graph, Info, specVersion);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonElement Schema(string specVersion)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ConformanceData.PathOf("cyclonedx-spec", "schema", $"bom-{specVersion}.schema.json")));
        return document.RootElement.Clone();
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.EnumerateArray().Select(e => e.GetString()!);

    [Theory]
    [InlineData("1.6")]
    [InlineData("1.7")]
    public async Task Writes_a_bom_that_meets_the_official_schemas_required_fields_enums_and_patterns(string specVersion)
    {
        var schema = Schema(specVersion);
        var definitions = schema.GetProperty("definitions");
        using var bom = JsonDocument.Parse(await WriteAllFixtures(specVersion));
        var root = bom.RootElement;

        foreach (var required in Strings(schema.GetProperty("required")))
        {
            Assert.True(root.TryGetProperty(required, out _), $"missing top-level {required}");
        }

        Assert.Equal("CycloneDX", root.GetProperty("bomFormat").GetString());
        Assert.Equal(specVersion, root.GetProperty("specVersion").GetString());
        Assert.Matches(schema.GetProperty("properties").GetProperty("serialNumber").GetProperty("pattern").GetString()!, root.GetProperty("serialNumber").GetString());
        Assert.Equal("2025-03-04T05:06:07Z", root.GetProperty("metadata").GetProperty("timestamp").GetString());
        var tool = Assert.Single(root.GetProperty("metadata").GetProperty("tools").GetProperty("components").EnumerateArray());
        Assert.Equal("CodeAssure", tool.GetProperty("name").GetString());
        Assert.Equal("application", root.GetProperty("metadata").GetProperty("component").GetProperty("type").GetString());

        var componentRequired = Strings(definitions.GetProperty("component").GetProperty("required")).ToList();
        var typeEnum = Strings(definitions.GetProperty("component").GetProperty("properties").GetProperty("type").GetProperty("enum")).ToHashSet();
        var scopeEnum = Strings(definitions.GetProperty("component").GetProperty("properties").GetProperty("scope").GetProperty("enum")).ToHashSet();
        var algEnum = Strings(definitions.GetProperty("hash-alg").GetProperty("enum")).ToHashSet();
        var contentPattern = new Regex(definitions.GetProperty("hash-content").GetProperty("pattern").GetString()!);
        var components = root.GetProperty("components").EnumerateArray().ToList();
        Assert.True(components.Count > 80, $"only {components.Count} components");
        foreach (var component in components)
        {
            Assert.All(componentRequired, r => Assert.True(component.TryGetProperty(r, out _), $"component without {r}"));
            Assert.Contains(component.GetProperty("type").GetString()!, typeEnum);
            Assert.Contains(component.GetProperty("scope").GetString()!, scopeEnum);
            Assert.Equal(component.GetProperty("purl").GetString(), component.GetProperty("bom-ref").GetString());
            foreach (var hash in component.TryGetProperty("hashes", out var hashes) ? hashes.EnumerateArray() : default)
            {
                Assert.Contains(hash.GetProperty("alg").GetString()!, algEnum);
                Assert.Matches(contentPattern, hash.GetProperty("content").GetString());
            }

            var properties = component.GetProperty("properties").EnumerateArray().ToList();
            Assert.All(properties, p => Assert.StartsWith("codeassure:", p.GetProperty("name").GetString(), StringComparison.Ordinal));
            Assert.Contains(properties, p => p.GetProperty("name").GetString() == "codeassure:source-file");
            Assert.Contains(properties.Single(p => p.GetProperty("name").GetString() == "codeassure:dependency").GetProperty("value").GetString(), new[] { "direct", "transitive", "unknown" });
        }

        var references = components.Select(c => c.GetProperty("bom-ref").GetString()!).Append(root.GetProperty("metadata").GetProperty("component").GetProperty("bom-ref").GetString()!).ToList();
        Assert.Equal(references.Count, references.Distinct(StringComparer.Ordinal).Count());
        var dependencies = root.GetProperty("dependencies").EnumerateArray().ToList();
        Assert.Equal(references.Count, dependencies.Count);
        Assert.All(dependencies, d =>
        {
            Assert.Contains(d.GetProperty("ref").GetString(), references);
            Assert.All(Strings(d.GetProperty("dependsOn")), target => Assert.Contains(target, references));
        });
        var project = dependencies.Single(d => d.GetProperty("ref").GetString()!.StartsWith("project:", StringComparison.Ordinal));
        Assert.Contains("pkg:npm/express@4.18.2", Strings(project.GetProperty("dependsOn")));
    }

    [Theory]
    [InlineData("1.6")]
    [InlineData("1.7")]
    public async Task Is_deterministic_for_the_same_tree_and_document_identity(string specVersion) =>
        Assert.Equal(await WriteAllFixtures(specVersion), await WriteAllFixtures(specVersion));

    [Fact]
    public async Task Rejects_an_unsupported_spec_version()
    {
        var graph = await Fixtures.GraphOf("cargo");
        Assert.Throws<ArgumentException>(() => CycloneDxJsonWriter.Write(Stream.Null, graph, Info, "1.5"));
    }

    [NodeSchemaFact]
    public async Task Validates_against_the_official_schemas_with_ajv()
    {
        foreach (var specVersion in CycloneDxJsonWriter.SupportedSpecVersions)
        {
            var file = Path.Combine(Path.GetTempPath(), $"codeassure-bom-{Guid.NewGuid():N}.json");
            try
            {
                await File.WriteAllTextAsync(file, await WriteAllFixtures(specVersion));
                var (exitCode, output) = NodeSchemaValidator.Validate(ConformanceData.PathOf("cyclonedx-spec", "schema"), specVersion, file);
                Assert.True(exitCode == 0, $"CycloneDX {specVersion}: {output}");
                Assert.Equal("valid", output.Trim());

                // The validator must also be able to fail: break one enum value and expect an error.
                await File.WriteAllTextAsync(file, (await WriteAllFixtures(specVersion)).Replace("\"scope\": \"required\"", "\"scope\": \"runtime\"", StringComparison.Ordinal));
                Assert.Equal(1, NodeSchemaValidator.Validate(ConformanceData.PathOf("cyclonedx-spec", "schema"), specVersion, file).ExitCode);
            }
            finally
            {
                File.Delete(file);
            }
        }
    }
}
