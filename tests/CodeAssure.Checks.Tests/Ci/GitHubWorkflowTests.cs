using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Tests.Ci;

public sealed class GitHubWorkflowTests : IDisposable
{
    private const string Sha = "11bd71901bbe5b1630ceea73d27597364c9af683";

    private readonly CiRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Third_party_action_on_a_tag_is_reported_and_a_full_sha_is_not()
    {
        _repo.Write(".github/workflows/ci.yml", $"""
            name: ci
            on: [push]
            permissions:
              contents: read
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@{Sha} # v4.2.2
                  - uses: docker/login-action@v3
                  - uses: ./.github/actions/local
            """);

        var findings = _repo.Findings("CA-CI-001");

        var finding = Assert.Single(findings);
        Assert.Equal("third-party", finding.RuleId);
        Assert.Equal(FindingLevel.Medium, finding.Level);
        Assert.Equal(10, finding.Location!.Line);
    }

    [Fact]
    public void Missing_permissions_and_write_all_are_reported()
    {
        _repo.Write(".github/workflows/a.yml", $"""
            on: push
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - run: dotnet test
            """);
        _repo.Write(".github/workflows/b.yml", $"""
            on: push
            permissions: write-all
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - run: dotnet test
            """);

        var result = _repo.Scan();

        Assert.Contains(result.Findings, f => f.CheckId == "CA-CI-002" && f.Location!.Path == ".github/workflows/a.yml");
        Assert.Contains(result.Findings, f => f.CheckId == "CA-CI-003" && f.RuleId == "write-all" && f.Level == FindingLevel.High);
        Assert.DoesNotContain(result.Findings, f => f.CheckId == "CA-CI-002" && f.Location!.Path == ".github/workflows/b.yml");
    }

    [Fact]
    public void Job_level_permissions_on_every_job_satisfy_least_privilege()
    {
        _repo.Write(".github/workflows/ci.yml", """
            on: push
            jobs:
              test:
                permissions:
                  contents: read
                runs-on: ubuntu-latest
                steps:
                  - run: dotnet test
            """);

        Assert.Empty(_repo.Findings("CA-CI-002"));
        Assert.Empty(_repo.Findings("CA-CI-003"));
    }

    [Fact]
    public void Pull_request_target_checking_out_the_head_and_building_it_is_high()
    {
        _repo.Write(".github/workflows/pr.yml", $$$"""
            on: pull_request_target
            permissions:
              contents: read
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@{{{Sha}}}
                    with:
                      ref: ${{ github.event.pull_request.head.sha }}
                  - run: npm ci && npm test
            """);

        var finding = Assert.Single(_repo.Findings("CA-CI-004"));
        Assert.Equal("checkout-and-run", finding.RuleId);
        Assert.Equal(FindingLevel.High, finding.Level);
    }

    [Fact]
    public void Pull_request_target_that_checks_out_the_base_only_is_not_reported()
    {
        _repo.Write(".github/workflows/label.yml", $"""
            on: pull_request_target
            permissions:
              pull-requests: write
            jobs:
              label:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@{Sha}
                  - run: ./scripts/label.sh
            """);

        Assert.Empty(_repo.Findings("CA-CI-004"));
    }

    [Fact]
    public void Issue_title_in_a_run_script_is_injection_and_through_env_is_not()
    {
        _repo.Write(".github/workflows/triage.yml", """
            on: issues
            permissions:
              issues: write
            jobs:
              triage:
                runs-on: ubuntu-latest
                steps:
                  - name: unsafe
                    run: |
                      echo "New issue"
                      echo "${{ github.event.issue.title }}"
                  - name: safe
                    env:
                      TITLE: ${{ github.event.issue.title }}
                    run: echo "$TITLE"
            """);

        var finding = Assert.Single(_repo.Findings("CA-CI-005"));
        Assert.Equal(11, finding.Location!.Line);
        Assert.Equal(FindingLevel.High, finding.Level);
    }

    [Fact]
    public void Echoing_a_secret_is_reported_and_piping_it_to_login_is_not()
    {
        _repo.Write(".github/workflows/release.yml", """
            on: push
            permissions:
              contents: read
            jobs:
              publish:
                runs-on: ubuntu-latest
                steps:
                  - run: echo "token is ${{ secrets.NUGET_TOKEN }}"
                  - run: echo "${{ secrets.REGISTRY_PASSWORD }}" | docker login ghcr.io -u me --password-stdin
            """);

        var finding = Assert.Single(_repo.Findings("CA-CI-006"));
        Assert.Equal(8, finding.Location!.Line);
    }
}
