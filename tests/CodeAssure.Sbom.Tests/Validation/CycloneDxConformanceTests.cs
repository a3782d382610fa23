using CodeAssure.Sbom.Validation;
using CodeAssure.TestSupport;
using Xunit.Abstractions;

namespace CodeAssure.Sbom.Tests.Validation;

public sealed class CycloneDxConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Classifies_every_CycloneDX_specification_test_file_as_valid_or_invalid_by_its_name()
    {
        var validator = new SbomValidator();
        var files = new[] { "1.4", "1.5" }
            .SelectMany(version => Directory.GetFiles(ConformanceData.PathOf("cyclonedx-spec", version)))
            .Where(path => Path.GetFileName(path).StartsWith("valid-", StringComparison.Ordinal) || Path.GetFileName(path).StartsWith("invalid-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var failures = new List<string>();
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            var expectValid = name.StartsWith("valid-", StringComparison.Ordinal);
            var result = validator.Validate(File.ReadAllBytes(path), name);
            if (result.IsValid != expectValid)
            {
                var why = result.IsValid ? "accepted" : string.Join(" | ", result.Problems.Take(3));
                failures.Add($"{Path.GetFileName(Path.GetDirectoryName(path))}/{name}: expected {(expectValid ? "valid" : "invalid")}, got {why}");
            }
        }

        var passed = files.Count - failures.Count;
        ConformanceReport.Record(output, "CycloneDX specification schema tests 1.4+1.5", passed, files.Count, failures);
        Assert.Equal(289, files.Count);
        Assert.True(passed >= files.Count * 0.99, $"{passed}/{files.Count} classified correctly");
    }
}
