using CodeAssure.Checks.Composition;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Tests.Configuration;

/// <summary>CA-DEPS-001 (a lock file for every manifest) and CA-DEPS-002 (dependencies pinned).</summary>
public sealed class DependencyChecksTests : IDisposable
{
    private readonly ScratchFolder _insecure = ConfigFixture.Copy("insecure");
    private readonly ScratchFolder _secure = ConfigFixture.Copy("secure");

    public void Dispose()
    {
        _insecure.Dispose();
        _secure.Dispose();
    }

    [Fact]
    public async Task Manifests_without_lock_files_are_found()
    {
        var outcome = await ConfigFixture.RunAsync(new LockFilePresenceCheck(), _insecure.Root);

        Assert.Equal(
        [
            "missing-lock-file App.csproj Medium",
            "missing-lock-file go.mod Medium",
            "missing-lock-file package.json Medium",
        ], ConfigFixture.Problems(outcome));
        Assert.Equal("3", outcome.Facts["manifests"]);
    }

    [Fact]
    public async Task Manifests_with_their_lock_files_pass()
    {
        var outcome = await ConfigFixture.RunAsync(new LockFilePresenceCheck(), _secure.Root);

        Assert.Equal(CheckStatus.Passed, outcome.Status);
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public async Task A_workspace_lock_file_in_an_enclosing_folder_counts_for_npm_but_not_for_go()
    {
        using var folder = new ScratchFolder();
        folder.Write("package-lock.json", "{}");
        folder.Write("packages/ui/package.json", """{"dependencies": {"ms": "^2.1.3"}}""");
        folder.Write("go.sum", "");
        folder.Write("tools/go.mod", "module example.com/tools\n\nrequire example.com/x v1.0.0\n");
        folder.Write("empty/package.json", """{"name": "no-dependencies"}""");

        var outcome = await ConfigFixture.RunAsync(new LockFilePresenceCheck(), folder.Root);

        Assert.Equal(["missing-lock-file tools/go.mod Medium"], ConfigFixture.Problems(outcome));
    }

    [Fact]
    public async Task Floating_versions_and_unpinned_images_are_found_where_no_lock_file_applies()
    {
        var outcome = await ConfigFixture.RunAsync(new DependencyPinningCheck(), _insecure.Root);

        Assert.Equal(
        [
            "container-image-unpinned Dockerfile Medium",
            "container-image-unpinned docker-compose.yml Low",
            "container-image-unpinned docker-compose.yml Low",
            "go-replace-local-path go.mod Low",
            "npm-floating-version package.json Medium",
            "npm-floating-version package.json Medium",
            "nuget-floating-version App.csproj Medium",
        ], ConfigFixture.Problems(outcome));
        Assert.DoesNotContain(outcome.Findings, f => f.Value is { } v && v.StartsWith("debug@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Locked_ranges_tagged_images_build_stages_and_module_replacements_pass()
    {
        var outcome = await ConfigFixture.RunAsync(new DependencyPinningCheck(), _secure.Root);

        Assert.Equal(CheckStatus.Passed, outcome.Status);
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public async Task A_nuget_project_without_a_lock_file_is_medium_only_when_a_lock_is_requested()
    {
        using var folder = new ScratchFolder();
        const string project = """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Serilog" Version="3.1.1" /></ItemGroup></Project>""";
        folder.Write("plain/Plain.csproj", project);
        folder.Write("locked/Directory.Build.props", "<Project><PropertyGroup><RestorePackagesWithLockFile>true</RestorePackagesWithLockFile></PropertyGroup></Project>");
        folder.Write("locked/src/Locked.csproj", project);

        var outcome = await ConfigFixture.RunAsync(new LockFilePresenceCheck(), folder.Root);

        Assert.Equal(["missing-lock-file locked/src/Locked.csproj Medium", "missing-lock-file plain/Plain.csproj Low"], ConfigFixture.Problems(outcome));
    }

    [Fact]
    public async Task A_floating_nuget_version_with_a_lock_file_is_low()
    {
        using var folder = new ScratchFolder();
        folder.Write("App.csproj", """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Serilog" Version="[3.0,)" /></ItemGroup></Project>""");
        folder.Write("packages.lock.json", "{}");

        var outcome = await ConfigFixture.RunAsync(new DependencyPinningCheck(), folder.Root);

        Assert.Equal(FindingLevel.Low, Assert.Single(outcome.Findings).Level);
    }

    [Theory]
    [InlineData("*", true)]
    [InlineData("latest", true)]
    [InlineData("next", true)]
    [InlineData("", true)]
    [InlineData(">=1.2.0", true)]
    [InlineData("^4.3.4", false)]
    [InlineData("~1.2.3", false)]
    [InlineData("1.2.3", false)]
    [InlineData(">=1.2.0 <2.0.0", false)]
    [InlineData("file:../lib", false)]
    [InlineData("npm:other@1.0.0", false)]
    public void Npm_specs_that_float_without_bound_are_recognised(string spec, bool floating) =>
        Assert.Equal(floating, DependencyPinningCheck.IsFloatingNpm(spec));
}
