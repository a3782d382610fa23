using CodeAssure.Checks.Ci.Owners;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Tests.Ci;

public sealed class CodeOwnersTests : IDisposable
{
    private readonly CiRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    private async Task<CheckOutcome> Run() =>
        await new CodeOwnersCheck().RunAsync(new ScanContext(_repo.Root, TimeProvider.System), CancellationToken.None);

    [Fact]
    public async Task Missing_codeowners_is_a_low_finding_when_there_are_build_files()
    {
        _repo.Write("src/App/App.csproj", "<Project />");

        var outcome = await Run();

        Assert.Equal(CheckStatus.Failed, outcome.Status);
        Assert.Equal("CA-CI-020", Assert.Single(outcome.Findings).CheckId);
    }

    [Fact]
    public async Task Build_files_not_covered_are_reported_and_covered_ones_are_not()
    {
        _repo.Write(".github/CODEOWNERS", """
            # Owners
            /src/        @acme/app-team
            /.github/    @acme/build
            """)
            .Write(".github/workflows/ci.yml", "on: push\n")
            .Write("src/App/App.csproj", "<Project />")
            .Write("Directory.Build.props", "<Project />")
            .Write("Dockerfile", "FROM scratch\n")
            .Write("README.md", "# readme\n");

        var outcome = await Run();

        var unowned = outcome.Findings.Where(f => f.CheckId == "CA-CI-021").Select(f => f.Location!.Path).Order().ToList();
        Assert.Equal(["Directory.Build.props", "Dockerfile"], unowned);
        Assert.Equal(".github/CODEOWNERS", outcome.Facts["codeOwnersFile"]);
    }

    [Fact]
    public async Task A_later_rule_without_owners_removes_ownership()
    {
        _repo.Write("CODEOWNERS", """
            *                 @acme/everyone
            *.csproj
            """)
            .Write("src/App/App.csproj", "<Project />")
            .Write("package.json", "{}");

        var outcome = await Run();

        var finding = Assert.Single(outcome.Findings);
        Assert.Equal("src/App/App.csproj", finding.Location!.Path);
    }

    [Fact]
    public async Task Negation_and_bad_owners_are_reported_as_ignored_lines()
    {
        _repo.Write(".github/CODEOWNERS", """
            *               @acme/everyone
            !docs/          @acme/docs
            /build/         build-team
            /ci/            ops@example.com
            """)
            .Write("build.sh", "#!/bin/sh\n");

        var outcome = await Run();

        Assert.Equal([2, 3], outcome.Findings.Where(f => f.CheckId == "CA-CI-023").Select(f => f.Location!.Line!.Value).Order());
        Assert.DoesNotContain(outcome.Findings, f => f.CheckId == "CA-CI-021");
    }

    [Fact]
    public async Task GitLab_sections_with_default_owners_give_ownership()
    {
        _repo.Write(".gitlab/CODEOWNERS", """
            [Build] @acme/build
            .gitlab-ci.yml
            /.gitlab/
            *.csproj

            ^[Docs][2] @acme/docs
            *.md
            """)
            .Write(".gitlab-ci.yml", "test:\n  script: [dotnet test]\n")
            .Write("src/App/App.csproj", "<Project />")
            .Write("Makefile", "all:\n");

        var outcome = await Run();

        Assert.Equal("Makefile", Assert.Single(outcome.Findings).Location!.Path);
    }

    [Fact]
    public async Task Codeowners_that_is_not_utf8_is_reported_not_thrown()
    {
        _repo.WriteBytes("CODEOWNERS", [0x2A, 0x20, 0x40, 0xC3, 0x28, 0x0A])
            .Write("Dockerfile", "FROM scratch\n");

        var outcome = await Run();

        Assert.Equal("unreadable", Assert.Single(outcome.Findings).RuleId);
    }
}
