using CodeAssure.Sbom.Generation;
using CodeAssure.Sbom.Generation.Model;
using CodeAssure.TestSupport;

namespace CodeAssure.Sbom.Tests.Generation;

/// <summary>The lock-file fixtures of this test project, read from the source tree.</summary>
internal static class Fixtures
{
    public static string PathOf(string folder) =>
        Path.Combine(ConformanceData.RepositoryRoot, "tests", "CodeAssure.Sbom.Tests", "Generation", "Fixtures", folder);

    public static Task<PackageGraph> GraphOf(string folder) => new SbomGenerator().GenerateAsync(PathOf(folder));

    public static DiscoveredPackage Package(this PackageGraph graph, string purl) =>
        graph.Packages.SingleOrDefault(p => p.Purl == purl) ?? throw new Xunit.Sdk.XunitException(
            $"no package {purl}; found: {string.Join(", ", graph.Packages.Select(p => p.Purl))}");
}
