using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Tests.Ci;

public sealed class GitLabCiTests : IDisposable
{
    private const string Digest = "sha256:4b7ce07a6f3f0c1e52e33bf0bbbf1d6bbdb2e4b1a1dcd5a5e0f7d0b3c2a1f0e9";

    private readonly CiRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Images_by_tag_are_reported_and_by_digest_are_not()
    {
        _repo.Write(".gitlab-ci.yml", $"""
            default:
              image: mcr.microsoft.com/dotnet/sdk:10.0
            stages: [build, test]
            build:
              stage: build
              image: mcr.microsoft.com/dotnet/sdk:10.0@{Digest}
              script:
                - dotnet build
            test:
              stage: test
              services:
                - name: postgres:16
              script:
                - dotnet test
            """);

        var findings = _repo.Findings("CA-CI-010");

        Assert.Equal([2, 12], findings.Select(f => f.Location!.Line!.Value).Order());
    }

    [Fact]
    public void Remote_and_unpinned_project_includes_are_reported_and_listed_but_a_sha_ref_is_not()
    {
        _repo.Write(".gitlab-ci.yml", """
            include:
              - remote: https://example.com/ci/templates.yml
              - project: platform/ci-templates
                file: /dotnet.yml
              - project: platform/security
                ref: 0123456789abcdef0123456789abcdef01234567
                file: /scan.yml
              - template: Security/SAST.gitlab-ci.yml
              - local: /ci/build.yml
            """);
        _repo.Write("ci/build.yml", """
            build:
              script:
                - dotnet build
            """);

        var result = _repo.Scan();

        var includes = result.Findings.Where(f => f.CheckId == "CA-CI-015").ToList();
        Assert.Equal(["gitlab-project", "gitlab-remote"], includes.Select(f => f.RuleId!).Order());
        Assert.Contains(result.Definitions, d => d.Path == "ci/build.yml");
        Assert.Equal(4, result.ExternalIncludes.Count);
        Assert.Contains(result.ExternalIncludes, i => i.Contains("template Security/SAST.gitlab-ci.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void Commit_message_handed_to_eval_is_injection_and_quoted_echo_is_not()
    {
        _repo.Write(".gitlab-ci.yml", """
            notify:
              script:
                - echo "Building $CI_COMMIT_MESSAGE"
                - eval "notify --title $CI_MERGE_REQUEST_TITLE"
                - sh -c "deploy $CI_COMMIT_REF_NAME"
                - ./deploy.sh "$CI_COMMIT_REF_SLUG"
            """);

        var findings = _repo.Findings("CA-CI-005");

        Assert.Equal([4, 5], findings.Select(f => f.Location!.Line!.Value).Order());
        Assert.All(findings, f => Assert.Equal("gitlab-eval", f.RuleId));
    }

    [Fact]
    public void Echoing_the_job_token_or_dumping_the_environment_is_reported_and_using_it_is_not()
    {
        _repo.Write(".gitlab-ci.yml", """
            publish:
              before_script:
                - env
              script:
                - echo "token $CI_JOB_TOKEN"
                - echo "$DEPLOY_TOKEN" | docker login -u gitlab-ci-token --password-stdin registry.example.com
                - curl --header "JOB-TOKEN: $CI_JOB_TOKEN" https://gitlab.example.com/api/v4/projects
            """);

        var findings = _repo.Findings("CA-CI-006");

        Assert.Equal(["gitlab-echo-secret", "gitlab-env-dump"], findings.Select(f => f.RuleId!).Order());
    }

    [Fact]
    public void Debug_trace_and_literal_secret_variables_are_reported_but_references_are_not()
    {
        _repo.Write(".gitlab-ci.yml", """
            variables:
              CI_DEBUG_TRACE: "true"
              DB_PASSWORD: "hunter2-not-real" # codeassure:allow fake value for the literal-secret rule
              API_TOKEN: $VAULT_API_TOKEN
              DB_PASSWORD_FILE: /run/secrets/db
            test:
              script: [dotnet test]
            """);

        var result = _repo.Scan();

        Assert.Single(result.Findings, f => f.CheckId == "CA-CI-012");
        var secret = Assert.Single(result.Findings, f => f.CheckId == "CA-CI-011");
        Assert.DoesNotContain("hunter2", secret.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Anchors_and_merge_keys_are_followed()
    {
        _repo.Write(".gitlab-ci.yml", """
            .base: &base
              image: node:22
              script:
                - eval "$CI_COMMIT_MESSAGE"
            lint:
              <<: *base
            """);

        var result = _repo.Scan();

        Assert.Contains(result.Findings, f => f.CheckId == "CA-CI-010");
        Assert.Contains(result.Findings, f => f.CheckId == "CA-CI-005");
    }
}
