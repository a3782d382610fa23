using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Tests.Ci;

public sealed class AzurePipelinesTests : IDisposable
{
    private readonly CiRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Branch_name_macro_in_a_script_is_injection_and_mapped_through_env_is_not()
    {
        _repo.Write("azure-pipelines.yml", """
            trigger:
              - main
            pool:
              vmImage: ubuntu-latest
            steps:
              - script: echo "Building $(Build.SourceBranchName)"
                displayName: unsafe
              - bash: ./tag.sh "$BRANCH"
                displayName: safe
                env:
                  BRANCH: $(Build.SourceBranchName)
              - task: PowerShell@2
                inputs:
                  targetType: inline
                  script: 'Write-Host "Commit: $(Build.SourceVersionMessage)"' 
            """);

        var findings = _repo.Findings("CA-CI-005");

        Assert.Equal([6, 15], findings.Select(f => f.Location!.Line!.Value).Order());
        Assert.All(findings, f => Assert.Equal("azure-macro", f.RuleId));
    }

    [Fact]
    public void Persisted_credentials_are_reported_and_a_plain_checkout_is_not()
    {
        _repo.Write("azure-pipelines.yml", """
            jobs:
              - job: tag
                steps:
                  - checkout: self
                    persistCredentials: true
              - job: build
                steps:
                  - checkout: self
                    clean: false
            """);

        var finding = Assert.Single(_repo.Findings("CA-CI-013"));
        Assert.Equal(5, finding.Location!.Line);
    }

    [Fact]
    public void Task_without_major_version_and_container_by_tag_are_reported()
    {
        _repo.Write("azure-pipelines.yml", """
            resources:
              containers:
                - container: sdk
                  image: mcr.microsoft.com/dotnet/sdk:10.0
            steps:
              - task: DotNetCoreCLI
              - task: DotNetCoreCLI@2
            """);

        var result = _repo.Scan();

        Assert.Single(result.Findings, f => f.CheckId == "CA-CI-014");
        Assert.Single(result.Findings, f => f.CheckId == "CA-CI-010");
    }

    [Fact]
    public void Local_templates_are_followed_and_template_repositories_on_a_branch_are_reported()
    {
        _repo.Write("azure-pipelines.yml", """
            resources:
              repositories:
                - repository: templates
                  type: git
                  name: Contoso/BuildTemplates
                  ref: refs/heads/main
            stages:
              - template: pipelines/build.yml
              - template: deploy.yml@templates
            """);
        _repo.Write("pipelines/build.yml", """
            stages:
              - stage: build
                jobs:
                  - job: build
                    steps:
                      - script: echo $(System.AccessToken)
            """);

        var result = _repo.Scan();

        Assert.Contains(result.Definitions, d => d.Path == "pipelines/build.yml" && d.Read);
        Assert.Contains(result.Findings, f => f.CheckId == "CA-CI-015" && f.RuleId == "azure-repository");
        Assert.Contains(result.Findings, f => f.CheckId == "CA-CI-006" && f.Location!.Path == "pipelines/build.yml");
        Assert.Contains(result.ExternalIncludes, i => i.Contains("deploy.yml@templates", StringComparison.Ordinal));
    }

    [Fact]
    public void System_debug_and_literal_secret_variables_are_reported()
    {
        _repo.Write("azure-pipelines.yml", """
            variables:
              - name: system.debug
                value: true
              - name: SQL_PASSWORD
                value: not-a-real-password
              - name: SQL_PASSWORD_NAME
                value: sql-password
            steps:
              - script: dotnet test
            """);

        var result = _repo.Scan();

        Assert.Single(result.Findings, f => f.CheckId == "CA-CI-012");
        Assert.Single(result.Findings, f => f.CheckId == "CA-CI-011");
    }

    [Fact]
    public void Camel_case_secret_names_are_recognised_and_names_about_secrets_are_not()
    {
        _repo.Write("azure-pipelines.yml", """
            variables:
              sqlPassword: not-a-real-password
              nuGetApiKey: not-a-real-key-either
              sqlPasswordSecretName: sql-password
              maxTokens: 4096
              registryTokenUrl: https://example.com/token
            steps:
              - script: dotnet test
            """);

        var findings = _repo.Findings("CA-CI-011");

        Assert.Equal([2, 3], findings.Select(f => f.Location!.Line!.Value).Order());
    }

    [Fact]
    public void Yaml_under_a_pipelines_folder_that_is_not_a_pipeline_is_ignored()
    {
        _repo.Write(".pipelines/settings.yml", "colour: blue\n");

        Assert.Empty(_repo.Scan().Definitions);
    }
}
