using CodeAssure.Sbom.Generation;

namespace CodeAssure.Sbom.Tests.Generation;

public class MalformedInputTests
{
    [Fact]
    public async Task Skips_each_malformed_lock_file_with_its_line_and_still_reads_the_good_ones()
    {
        var graph = await Fixtures.GraphOf("malformed");
        Assert.Equal(["pkg:gem/rake@13.1.0"], graph.Packages.Select(p => p.Purl));
        Assert.Equal(["good/Gemfile.lock"], graph.ScannedFiles);
        var byFile = graph.Warnings.ToDictionary(w => w.File);
        Assert.Equal(5, byFile.Count);
        Assert.Equal(5, byFile["cargo/Cargo.lock"].Line);
        Assert.Equal(4, byFile["go/go.mod"].Line);
        Assert.Equal(5, byFile["pnpm/pnpm-lock.yaml"].Line);
        Assert.Equal(2, byFile["maven/pom.xml"].Line); // the DTD is refused, never resolved
        Assert.True(byFile["npm/package-lock.json"].Line >= 6);
        Assert.All(graph.Warnings, w => Assert.StartsWith("skipped: ", w.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("package-lock.json", "")]
    [InlineData("package-lock.json", "[1, 2, 3]")]
    [InlineData("package-lock.json", "{\"lockfileVersion\": 3, \"packages\": {\"node_modules/x\": {\"version\": 12}}}")]
    [InlineData("yarn.lock", "  version \"1.0.0\"\n")]
    [InlineData("yarn.lock", "__metadata:\n  version: 8\n\"a@npm:1\":\n  - x\n")]
    [InlineData("pnpm-lock.yaml", "packages:\n  /a@1.0.0: {}\n")]
    [InlineData("pnpm-lock.yaml", "lockfileVersion: &a '6.0'\n")]
    [InlineData("poetry.lock", "[[package]]\nname = \"x\"\n")]
    [InlineData("poetry.lock", "[[package]\nname = \"x\"\n")]
    [InlineData("uv.lock", "version = 1\n[[package]]\nname = [\n")]
    [InlineData("Cargo.lock", "[[package]]\nname = \"a\"\nversion = \"1\"\n[[package]]\nname = \"a\"\nname = \"b\"\n")]
    [InlineData("Pipfile.lock", "{\"default\": ")]
    [InlineData("go.mod", "module x\nfrobnicate y\n")]
    [InlineData("pom.xml", "<project><dependencies>")]
    [InlineData("pom.xml", "<notaproject/>")]
    [InlineData("gradle.lockfile", "just-a-name=runtimeClasspath\n")]
    [InlineData("Gemfile.lock", "GEM\n  specs:\n    rake 13\n")]
    [InlineData("composer.lock", "{\"packages\": [{\"name\": \"novendor\", \"version\": \"1\"}]}")]
    [InlineData("packages.lock.json", "{\"version\": 1}")]
    [InlineData("requirements.txt", "==1.0\n")]
    public async Task Reports_a_malformed_file_as_a_warning_without_throwing(string fileName, string text)
    {
        using var folder = new TemporaryFolder();
        await File.WriteAllTextAsync(Path.Combine(folder.Path, fileName), text);
        var graph = await new SbomGenerator().GenerateAsync(folder.Path);
        Assert.Empty(graph.Packages);
        var warning = Assert.Single(graph.Warnings);
        Assert.Equal(fileName, warning.File);
        Assert.StartsWith("skipped: ", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_the_line_of_a_bad_entry_in_a_json_lock_file()
    {
        using var folder = new TemporaryFolder();
        folder.Write("package-lock.json", "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n    \"node_modules/a\": {\"version\": \"1.0.0\"},\n    \"node_modules/b\": {\"version\": 2}\n  }\n}\n");
        var graph = await new SbomGenerator().GenerateAsync(folder.Path);
        Assert.Equal(5, Assert.Single(graph.Warnings).Line);
    }

    [Fact]
    public async Task Does_not_overflow_the_stack_on_deeply_nested_json()
    {
        using var folder = new TemporaryFolder();
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "package-lock.json"), new string('[', 100_000) + new string(']', 100_000));
        var graph = await new SbomGenerator().GenerateAsync(folder.Path);
        Assert.Single(graph.Warnings);
    }

    [Fact]
    public async Task Does_not_overflow_the_stack_on_deeply_nested_toml_and_yaml()
    {
        using var folder = new TemporaryFolder();
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "Cargo.lock"), "a = " + new string('[', 100_000));
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "pnpm-lock.yaml"), "a: " + new string('[', 100_000));
        var graph = await new SbomGenerator().GenerateAsync(folder.Path);
        Assert.Equal(2, graph.Warnings.Count);
    }
}
