using System.Text.Json;
using CodeAssure.Sbom.Generation;
using CodeAssure.Sbom.Generation.Model;
using CodeAssure.TestSupport;
using Xunit.Abstractions;

namespace CodeAssure.Sbom.Tests.Generation;

public class PurlTextTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, PackageEcosystem> Types = new(StringComparer.Ordinal)
    {
        ["npm"] = PackageEcosystem.Npm, ["pypi"] = PackageEcosystem.PyPI, ["maven"] = PackageEcosystem.Maven,
        ["golang"] = PackageEcosystem.Golang, ["nuget"] = PackageEcosystem.NuGet, ["cargo"] = PackageEcosystem.Cargo,
        ["gem"] = PackageEcosystem.Gem, ["composer"] = PackageEcosystem.Composer,
    };

    [Theory]
    [InlineData(PackageEcosystem.Npm, "@babel", "core", "7.23.0", "pkg:npm/%40babel/core@7.23.0")]
    [InlineData(PackageEcosystem.Npm, "babel", "core", "7.23.0", "pkg:npm/%40babel/core@7.23.0")]
    [InlineData(PackageEcosystem.PyPI, null, "Zope.Interface_Extra", "6.1", "pkg:pypi/zope-interface-extra@6.1")]
    [InlineData(PackageEcosystem.Maven, "org.apache.commons", "commons-lang3", "3.14.0", "pkg:maven/org.apache.commons/commons-lang3@3.14.0")]
    [InlineData(PackageEcosystem.Golang, "github.com/Azure/azure-sdk-for-go/sdk", "azcore", "v1.9.1", "pkg:golang/github.com/Azure/azure-sdk-for-go/sdk/azcore@v1.9.1")]
    [InlineData(PackageEcosystem.NuGet, null, "Newtonsoft.Json", "13.0.3", "pkg:nuget/Newtonsoft.Json@13.0.3")]
    [InlineData(PackageEcosystem.Cargo, null, "tokio", "1.35.1", "pkg:cargo/tokio@1.35.1")]
    [InlineData(PackageEcosystem.Gem, null, "rails", "7.1.2", "pkg:gem/rails@7.1.2")]
    [InlineData(PackageEcosystem.Composer, "Laravel", "Framework", "v10.39.0", "pkg:composer/laravel/framework@v10.39.0")]
    [InlineData(PackageEcosystem.NuGet, null, "Pkg", "1.0.0+build.5", "pkg:nuget/Pkg@1.0.0%2Bbuild.5")]
    public void Builds_canonical_purls(PackageEcosystem ecosystem, string? ns, string name, string version, string expected) =>
        Assert.Equal(expected, PurlText.Build(ecosystem, ns, name, version));

    [Fact]
    public void Passes_the_purl_spec_build_tests_for_the_types_it_writes()
    {
        var files = Directory.GetFiles(ConformanceData.PathOf("purl-spec", "tests", "types"), "*-test.json")
            .Append(ConformanceData.PathOf("purl-spec", "tests", "spec", "specification-test.json"));
        int passed = 0, total = 0;
        var failures = new List<string>();
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var test in document.RootElement.GetProperty("tests").EnumerateArray())
            {
                if (test.GetProperty("test_type").GetString() != "build" || test.GetProperty("expected_failure").GetBoolean())
                {
                    continue;
                }

                var input = test.GetProperty("input");
                var type = Text(input, "type");
                if (type is null || !Types.TryGetValue(type, out var ecosystem) || Text(input, "subpath") is not null || Text(input, "name") is null)
                {
                    continue; // other types, and subpaths, which lock files never produce
                }

                total++;
                var qualifiers = input.TryGetProperty("qualifiers", out var q) && q.ValueKind == JsonValueKind.Object
                    ? q.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!)
                    : null;
                var built = PurlText.Build(ecosystem, Text(input, "namespace"), Text(input, "name")!, Text(input, "version"), qualifiers);
                var expected = test.GetProperty("expected_output").GetString();
                if (built == expected)
                {
                    passed++;
                }
                else
                {
                    failures.Add($"{Path.GetFileName(file)}: {test.GetProperty("description").GetString()}: built {built}, expected {expected}");
                }
            }
        }

        ConformanceReport.Record(output, "purl-spec build tests (generation's purl text, 8 types)", passed, total, failures);
        Assert.True(total >= 20, $"only {total} build tests found");
        Assert.Equal(total, passed);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
