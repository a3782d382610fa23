using CodeAssure.Checks.Distribution;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Tests.Configuration;

/// <summary>CA-DIST-001/002/003: signing, checksums and deterministic builds of published releases.</summary>
public sealed class DistributionChecksTests : IDisposable
{
    private readonly ScratchFolder _insecure = ConfigFixture.Copy("insecure");
    private readonly ScratchFolder _secure = ConfigFixture.Copy("secure");

    public void Dispose()
    {
        _insecure.Dispose();
        _secure.Dispose();
    }

    [Fact]
    public async Task Releases_published_without_signing_checksums_or_determinism_are_findings()
    {
        var signing = await ConfigFixture.RunAsync(new ReleaseSigningCheck(), _insecure.Root);
        var checksums = await ConfigFixture.RunAsync(new ReleaseChecksumsCheck(), _insecure.Root);
        var deterministic = await ConfigFixture.RunAsync(new DeterministicBuildCheck(), _insecure.Root);

        Assert.Equal(["release-not-signed .github/workflows/release.yml Medium"], ConfigFixture.Problems(signing));
        Assert.Equal(["no-release-checksums .github/workflows/release.yml Low"], ConfigFixture.Problems(checksums));
        Assert.Equal(["dotnet-deterministic-off App.csproj Medium"], ConfigFixture.Problems(deterministic));
        Assert.Equal(".github/workflows/release.yml", signing.Facts["releaseDefinitions"]);
    }

    [Fact]
    public async Task Signing_checksums_and_reproducible_settings_are_recorded_as_facts_with_file_and_line()
    {
        var signing = await ConfigFixture.RunAsync(new ReleaseSigningCheck(), _secure.Root);
        var checksums = await ConfigFixture.RunAsync(new ReleaseChecksumsCheck(), _secure.Root);
        var deterministic = await ConfigFixture.RunAsync(new DeterministicBuildCheck(), _secure.Root);

        Assert.Equal(CheckStatus.Passed, signing.Status);
        Assert.Equal(".github/workflows/release.yml:16", signing.Facts["build-provenance"]);
        Assert.Equal(CheckStatus.Passed, checksums.Status);
        Assert.Equal(".github/workflows/release.yml:15", checksums.Facts["checksum-command"]);
        Assert.Equal(CheckStatus.Passed, deterministic.Status);
        Assert.Equal(".github/workflows/release.yml:14", deterministic.Facts["go-trimpath"]);
        Assert.Equal("App.csproj:4", deterministic.Facts["dotnet-deterministic"]);
    }

    [Fact]
    public async Task Without_a_release_process_the_checks_need_human_evidence()
    {
        using var folder = new ScratchFolder();
        folder.Write("README.md", "A library.\n");

        var signing = await ConfigFixture.RunAsync(new ReleaseSigningCheck(), folder.Root);
        var deterministic = await ConfigFixture.RunAsync(new DeterministicBuildCheck(), folder.Root);

        Assert.Equal(CheckStatus.NotApplicable, signing.Status);
        Assert.Contains("needs human evidence", signing.Note, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.NotApplicable, deterministic.Status);
    }

    [Fact]
    public async Task Releases_only_to_registries_need_no_checksums_of_their_own_but_still_need_signing()
    {
        using var folder = new ScratchFolder();
        folder.Write(".github/workflows/publish.yml", "on:\n  release:\n    types: [published]\njobs:\n  p:\n    steps:\n      - run: npm publish\n");

        var checksums = await ConfigFixture.RunAsync(new ReleaseChecksumsCheck(), folder.Root);
        var signing = await ConfigFixture.RunAsync(new ReleaseSigningCheck(), folder.Root);

        Assert.Equal(CheckStatus.Passed, checksums.Status);
        Assert.Contains("registries", checksums.Facts["note"], StringComparison.Ordinal);
        Assert.Equal(["release-not-signed .github/workflows/publish.yml Medium"], ConfigFixture.Problems(signing));
    }

    [Fact]
    public async Task Pypi_trusted_publishing_counts_as_attested()
    {
        using var folder = new ScratchFolder();
        folder.Write(".github/workflows/publish.yml", "jobs:\n  p:\n    permissions:\n      id-token: write\n    steps:\n      - uses: pypa/gh-action-pypi-publish@release/v1\n");

        var signing = await ConfigFixture.RunAsync(new ReleaseSigningCheck(), folder.Root);

        Assert.Equal(CheckStatus.Passed, signing.Status);
        Assert.Equal(".github/workflows/publish.yml:6", signing.Facts["pypi-attestations"]);
    }

    [Fact]
    public async Task Goreleaser_signs_and_checksums_count()
    {
        using var folder = new ScratchFolder();
        folder.Write(".goreleaser.yaml", "# release configuration\nbuilds:\n  - flags: [-trimpath]\nchecksum:\n  name_template: checksums.txt\nsigns:\n  - artifacts: checksum\n");

        var signing = await ConfigFixture.RunAsync(new ReleaseSigningCheck(), folder.Root);
        var checksums = await ConfigFixture.RunAsync(new ReleaseChecksumsCheck(), folder.Root);

        Assert.Equal(CheckStatus.Passed, signing.Status);
        Assert.Equal(".goreleaser.yaml:6", signing.Facts["goreleaser-signs"]);
        Assert.Equal(".goreleaser.yaml:4", checksums.Facts["goreleaser-checksum"]);
    }
}
