using CodeAssure.Sbom.Generation;

namespace CodeAssure.Sbom.Tests.Generation;

public class HostileTreeTests
{
    private static string Gems(string name, string version) =>
        $"GEM\n  remote: https://rubygems.org/\n  specs:\n    {name} ({version})\n\nDEPENDENCIES\n  {name}\n";

    [Fact]
    public async Task Survives_symlink_loops_and_never_reads_outside_the_tree()
    {
        using var tree = new TemporaryFolder();
        using var outside = new TemporaryFolder();
        outside.Write("Gemfile.lock", Gems("secret-outside", "1.0.0"));
        outside.Write("deep/Gemfile.lock", Gems("secret-deep", "1.0.0"));
        tree.Write("app/Gemfile.lock", Gems("inside", "2.0.0"));
        Directory.CreateSymbolicLink(Path.Combine(tree.Path, "app", "loop"), Path.Combine(tree.Path, "app"));
        Directory.CreateSymbolicLink(Path.Combine(tree.Path, "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(tree.Path, "escape"), outside.Path);
        Directory.CreateSymbolicLink(Path.Combine(tree.Path, "lib"), Path.Combine(outside.Path, "deep"));
        Directory.CreateDirectory(Path.Combine(tree.Path, "linked"));
        File.CreateSymbolicLink(Path.Combine(tree.Path, "linked", "Gemfile.lock"), Path.Combine(outside.Path, "Gemfile.lock"));
        File.CreateSymbolicLink(Path.Combine(tree.Path, "Gemfile.lock"), Path.Combine(tree.Path, "Gemfile.lock")); // a link to itself

        var graph = await new SbomGenerator().GenerateAsync(tree.Path);

        Assert.Equal(["pkg:gem/inside@2.0.0"], graph.Packages.Select(p => p.Purl));
        Assert.Contains(graph.Warnings, w => w.File == "linked/Gemfile.lock" && w.Message.Contains("outside", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reads_a_symlinked_lock_file_whose_target_is_inside_the_tree()
    {
        using var tree = new TemporaryFolder();
        tree.Write("real/Gemfile.lock", Gems("shared", "1.2.3"));
        Directory.CreateDirectory(Path.Combine(tree.Path, "app"));
        File.CreateSymbolicLink(Path.Combine(tree.Path, "app", "Gemfile.lock"), Path.Combine("..", "real", "Gemfile.lock"));
        var graph = await new SbomGenerator().GenerateAsync(tree.Path);
        Assert.Equal(["app/Gemfile.lock", "real/Gemfile.lock"], graph.ScannedFiles);
        Assert.Equal(["app/Gemfile.lock", "real/Gemfile.lock"], Assert.Single(graph.Packages).SourceFiles);
    }

    [Fact]
    public async Task Honours_gitignore_files_including_nested_ones_and_negation()
    {
        using var tree = new TemporaryFolder();
        tree.Write(".gitignore", "vendor/\n/generated\n*.lock\n!keep/Gemfile.lock\n");
        tree.Write("vendor/Gemfile.lock", Gems("vendored", "1.0.0"));
        tree.Write("generated/sub/Gemfile.lock", Gems("generated", "1.0.0"));
        tree.Write("app/Gemfile.lock", Gems("ignored-by-glob", "1.0.0"));
        tree.Write("keep/Gemfile.lock", Gems("kept", "1.0.0"));
        tree.Write("nested/.gitignore", "requirements.txt\n");
        tree.Write("nested/requirements.txt", "six==1.16.0\n");
        tree.Write("other/requirements.txt", "attrs==23.2.0\n");
        tree.Write("node_modules/x/Gemfile.lock", Gems("in-node-modules", "1.0.0"));
        tree.Write("bin/Gemfile.lock", Gems("in-bin", "1.0.0"));

        var graph = await new SbomGenerator().GenerateAsync(tree.Path);

        Assert.Equal(["pkg:gem/kept@1.0.0", "pkg:pypi/attrs@23.2.0"], graph.Packages.Select(p => p.Purl));
    }

    [Fact]
    public async Task Skips_a_file_over_the_size_limit_with_a_warning()
    {
        using var tree = new TemporaryFolder();
        var huge = Path.Combine(tree.Path, "package-lock.json");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(65L * 1024 * 1024); // sparse: costs no disk
        }

        tree.Write("small/Gemfile.lock", Gems("small", "1.0.0"));
        var graph = await new SbomGenerator().GenerateAsync(tree.Path);
        Assert.Single(graph.Packages);
        var warning = Assert.Single(graph.Warnings);
        Assert.Equal("package-lock.json", warning.File);
        Assert.Contains("limit", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Respects_a_lower_size_limit_and_rejects_binary_content()
    {
        using var tree = new TemporaryFolder();
        tree.Write("a/Gemfile.lock", Gems("big", "1.0.0") + new string('#', 4096));
        tree.Write("b/go.mod", "module x\n\0\0\0");
        var graph = await new SbomGenerator(new SbomGenerationOptions { MaxFileBytes = 1024 }).GenerateAsync(tree.Path);
        Assert.Empty(graph.Packages);
        Assert.Equal(2, graph.Warnings.Count);
    }

    [Fact]
    public async Task Rejects_a_folder_that_does_not_exist()
    {
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => new SbomGenerator().GenerateAsync("/no/such/folder/anywhere"));
    }
}
