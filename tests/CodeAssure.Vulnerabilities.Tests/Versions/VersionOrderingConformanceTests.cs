using CodeAssure.TestSupport;
using CodeAssure.Vulnerabilities.Versions;
using Xunit.Abstractions;

namespace CodeAssure.Vulnerabilities.Tests.Versions;

public sealed class VersionOrderingConformanceTests
{
    // Which ecosystems each fixture file applies to (version-ordering/SOURCE.md).
    private static readonly Dictionary<string, string[]> EcosystemsByFile = new()
    {
        ["semver-versions.txt"] = ["npm", "crates.io", "Go", "Hex"],
        ["pypi-versions.txt"] = ["PyPI"],
        ["pypi-versions-generated.txt"] = ["PyPI"],
    };

    // osv-scanner's own SemVer parser is lenient; these fixture versions are not SemVer 2.0 (five numbers; a lone
    // number), so node-semver, Cargo and Elixir reject them and so must we. Go orders them (invalid = equal, lowest;
    // "v999…" is Go shorthand for v999….0.0), so Go is held to every line.
    private static readonly HashSet<string> NotSemVer = ["1.1.3.4.5", "999999999999999999999999999991"];

    private readonly ITestOutputHelper output;

    public VersionOrderingConformanceTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public void Orders_every_fixture_line_as_the_native_tool_does()
    {
        var folder = ConformanceData.PathOf("version-ordering");
        var files = Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.Equal(EcosystemsByFile.Keys.Order(StringComparer.Ordinal), files.Select(Path.GetFileName));

        var results = new Dictionary<string, (int Passed, int Total, List<string> Failures)>();
        foreach (var file in files)
        {
            var lines = VersionOrderingFixture.Read(file).ToList();
            Assert.NotEmpty(lines);
            foreach (var ecosystem in EcosystemsByFile[Path.GetFileName(file)])
            {
                var scheme = VersionSchemes.For(ecosystem);
                var (passed, total, failures) = results.GetValueOrDefault(ecosystem, (0, 0, []));
                foreach (var line in lines)
                {
                    total++;
                    var expectRejection = ecosystem != "Go" && (NotSemVer.Contains(line.Left) || NotSemVer.Contains(line.Right));
                    var failure = expectRejection
                        ? (scheme.TryCompare(line.Left, line.Right, out _, out _) ? $"{line} [{ecosystem}: accepted a version that is not SemVer 2.0]" : null)
                        : VersionOrderingFixture.Check(scheme, line);
                    if (failure is null)
                    {
                        passed++;
                    }
                    else
                    {
                        failures.Add(failure);
                    }
                }

                results[ecosystem] = (passed, total, failures);
            }
        }

        foreach (var (ecosystem, (passed, total, failures)) in results.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            ConformanceReport.Record(output, $"version-ordering ({ecosystem})", passed, total, failures);
        }

        Assert.All(results, r => Assert.Equal(r.Value.Total, r.Value.Passed));
    }
}
