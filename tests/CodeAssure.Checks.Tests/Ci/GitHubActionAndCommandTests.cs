using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Tests.Ci;

public sealed class GitHubActionAndCommandTests : IDisposable
{
    private readonly CiRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Unsecure_commands_in_env_are_reported()
    {
        _repo.Write(".github/workflows/old.yml", """
            on: push
            permissions: {}
            env:
              ACTIONS_ALLOW_UNSECURE_COMMANDS: true
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: echo "::add-path::/opt/tool"
            """);

        Assert.Equal(4, Assert.Single(_repo.Findings("CA-CI-007")).Location!.Line);
    }

    [Fact]
    public void Reusable_workflow_on_a_branch_is_reported()
    {
        _repo.Write(".github/workflows/call.yml", """
            on: push
            permissions:
              contents: read
            jobs:
              call:
                uses: acme/shared-workflows/.github/workflows/build.yml@main
            """);

        var finding = Assert.Single(_repo.Findings("CA-CI-001"));
        Assert.Contains("branch or tag 'main'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_slsa_generator_called_by_tag_is_not_reported_because_it_must_be()
    {
        _repo.Write(".github/workflows/provenance.yml", """
            on: release
            permissions: {}
            jobs:
              provenance:
                permissions:
                  id-token: write
                  contents: write
                  actions: read
                uses: slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2.0.0
            """);

        Assert.Empty(_repo.Findings("CA-CI-001"));
    }

    [Fact]
    public void Composite_action_steps_are_checked_for_injection()
    {
        _repo.Write(".github/actions/greet/action.yml", """
            name: greet
            runs:
              using: composite
              steps:
                - shell: bash
                  run: echo "Hello ${{ github.event.pull_request.title }}"
            """);

        var result = _repo.Scan();

        Assert.Contains(result.Definitions, d => d.Path == ".github/actions/greet/action.yml" && d.Platform == Checks.Ci.CiPlatform.GitHubAction);
        Assert.Single(result.Findings, f => f.CheckId == "CA-CI-005");
    }

    [Fact]
    public void Tracing_a_step_that_holds_a_secret_is_reported_and_tracing_without_secrets_is_not()
    {
        _repo.Write(".github/workflows/deploy.yml", """
            on: push
            permissions:
              contents: read
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - env:
                      TOKEN: ${{ secrets.DEPLOY_TOKEN }}
                    run: |
                      set -x
                      ./deploy.sh
                  - run: |
                      set -x
                      make
            """);

        var finding = Assert.Single(_repo.Findings("CA-CI-006"));
        Assert.Equal("xtrace-with-secrets", finding.RuleId);
    }

    [Fact]
    public void Workflows_in_sub_folders_are_not_read_because_github_does_not_run_them()
    {
        _repo.Write(".github/workflows/drafts/ci.yml", "on: push\njobs: {}\n");

        Assert.Empty(_repo.Scan().Definitions);
    }

    [Fact]
    public void Expanding_all_secrets_into_a_script_is_high()
    {
        _repo.Write(".github/workflows/dump.yml", """
            on: push
            permissions: {}
            jobs:
              debug:
                runs-on: ubuntu-latest
                steps:
                  - run: echo '${{ toJSON(secrets) }}' > secrets.json
            """);

        var finding = Assert.Single(_repo.Findings("CA-CI-006"));
        Assert.Equal("all-secrets", finding.RuleId);
        Assert.Equal(FindingLevel.High, finding.Level);
    }
}
