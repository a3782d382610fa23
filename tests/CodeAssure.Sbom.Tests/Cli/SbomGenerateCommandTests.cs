using System.Text.Json;
using CodeAssure.Sbom.Tests.Generation;
using CodeAssure.TestSupport;

namespace CodeAssure.Sbom.Tests.Cli;

public class SbomGenerateCommandTests
{
    private static List<JsonElement> Components(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("components").EnumerateArray().Select(c => c.Clone())];
    }

    [Fact]
    public async Task Lists_this_repositorys_own_nuget_packages_with_the_versions_in_its_lock_files()
    {
        var repository = ConformanceData.RepositoryRoot;
        // Expected versions, read independently of the readers: a plain walk over every project's lock file.
        var expected = new HashSet<(string Name, string Version, string File)>();
        foreach (var lockFile in Directory.GetFiles(Path.Combine(repository, "src"), "packages.lock.json", SearchOption.AllDirectories)
                     .Concat(Directory.GetFiles(Path.Combine(repository, "tests"), "packages.lock.json", SearchOption.AllDirectories))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Fixtures{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                         && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                         && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(lockFile));
            foreach (var framework in document.RootElement.GetProperty("dependencies").EnumerateObject())
            {
                foreach (var package in framework.Value.EnumerateObject())
                {
                    if (package.Value.TryGetProperty("resolved", out var resolved))
                    {
                        expected.Add((package.Name, resolved.GetString()!, Path.GetRelativePath(repository, lockFile).Replace('\\', '/')));
                    }
                }
            }
        }

        Assert.Contains(expected, e => e.Name == "System.CommandLine");
        Assert.Contains(expected, e => e.Name == "xunit");

        var result = await CliRunner.RunAsync("sbom", "generate", repository);

        Assert.Equal(0, result.ExitCode);
        var components = Components(result.Out);
        var byPurl = components.ToDictionary(c => c.GetProperty("purl").GetString()!);
        foreach (var (name, version, file) in expected)
        {
            var purl = $"pkg:nuget/{name}@{version}";
            Assert.True(byPurl.TryGetValue(purl, out var component), $"{purl} from {file} is missing");
            Assert.Equal(version, component.GetProperty("version").GetString());
            Assert.Contains(component.GetProperty("properties").EnumerateArray(),
                p => p.GetProperty("name").GetString() == "codeassure:source-file" && p.GetProperty("value").GetString() == file);
        }

        // No NuGet package of the projects' lock files (src/, tests/) appears at a version those files do not name; tools and
        // benchmarks have their own lock files and may resolve other versions.
        var lockedNames = expected.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var projectNuGet = components.Where(c => c.GetProperty("purl").GetString()!.StartsWith("pkg:nuget/", StringComparison.Ordinal)
            && lockedNames.Contains(c.GetProperty("name").GetString()!)
            && c.GetProperty("properties").EnumerateArray().Any(p => p.GetProperty("value").GetString() is { } source
                && source.EndsWith("packages.lock.json", StringComparison.Ordinal)
                && (source.StartsWith("src/", StringComparison.Ordinal) || source.StartsWith("tests/", StringComparison.Ordinal))
                && !source.Contains("Fixtures", StringComparison.Ordinal)));
        Assert.All(projectNuGet, c => Assert.Contains(expected, e => e.Name == c.GetProperty("name").GetString() && e.Version == c.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Leaves_out_paths_matching_exclude_patterns()
    {
        var result = await CliRunner.RunAsync("sbom", "generate", Fixtures.PathOf(""), "--exclude", "npm-*/", "--exclude", "/malformed", "--exclude", "**/pnpm-lock.yaml");
        Assert.Equal(0, result.ExitCode);
        var purls = Components(result.Out).Select(c => c.GetProperty("purl").GetString()!).ToList();
        Assert.DoesNotContain("pkg:npm/express@4.18.2", purls);
        Assert.DoesNotContain("pkg:npm/axios@1.6.2", purls);
        Assert.DoesNotContain("pkg:gem/rake@13.1.0", purls);
        Assert.Contains("pkg:npm/react@18.2.0", purls);
        Assert.DoesNotContain("malformed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exits_2_for_a_folder_that_does_not_exist()
    {
        var result = await CliRunner.RunAsync("sbom", "generate", "/no/such/folder");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codeassure: ", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Exits_2_when_a_spec_version_is_given_for_spdx_or_is_unknown()
    {
        Assert.Equal(2, (await CliRunner.RunAsync("sbom", "generate", Fixtures.PathOf("cargo"), "--format", "spdx", "--spec-version", "1.6")).ExitCode);
        Assert.Equal(2, (await CliRunner.RunAsync("sbom", "generate", Fixtures.PathOf("cargo"), "--spec-version", "1.5")).ExitCode);
        Assert.Equal(2, (await CliRunner.RunAsync("sbom", "generate", Fixtures.PathOf("cargo"), "--format", "xml")).ExitCode);
    }

    [Fact]
    public async Task Writes_warnings_for_skipped_files_to_stderr_and_still_succeeds()
    {
        var result = await CliRunner.RunAsync("sbom", "generate", Fixtures.PathOf("malformed"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("codeassure: warning: cargo/Cargo.lock:5: skipped:", result.Error, StringComparison.Ordinal);
        Assert.Equal("pkg:gem/rake@13.1.0", Assert.Single(Components(result.Out)).GetProperty("purl").GetString());
    }

    [Theory]
    [InlineData("1.6")]
    [InlineData("1.7")]
    public async Task Writes_the_requested_cyclonedx_version(string specVersion)
    {
        var result = await CliRunner.RunAsync("sbom", "generate", Fixtures.PathOf("ruby"), "--spec-version", specVersion);
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(specVersion, document.RootElement.GetProperty("specVersion").GetString());
    }

    [Fact]
    public async Task Writes_spdx_when_asked()
    {
        var result = await CliRunner.RunAsync("sbom", "generate", Fixtures.PathOf("ruby"), "--format", "spdx");
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal("SPDX-2.3", document.RootElement.GetProperty("spdxVersion").GetString());
        Assert.Equal(7, document.RootElement.GetProperty("packages").GetArrayLength());
    }

    [Fact]
    public async Task Writes_the_output_file_atomically_replacing_an_old_one_and_leaving_no_temporary_file()
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "bom.json");
        await File.WriteAllTextAsync(output, "old");
        var result = await CliRunner.RunAsync("sbom", "generate", Fixtures.PathOf("composer"), "-o", output);
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal(4, Components(await File.ReadAllTextAsync(output)).Count);
        Assert.Equal(["bom.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Exits_2_when_the_output_folder_does_not_exist()
    {
        var result = await CliRunner.RunAsync("sbom", "generate", Fixtures.PathOf("composer"), "-o", "/no/such/folder/bom.json");
        Assert.Equal(2, result.ExitCode);
    }
}
