namespace CodeAssure.Checks.Ci;

/// <summary>The kind of CI definition a file is.</summary>
public enum CiPlatform
{
    /// <summary>A GitHub Actions workflow (.github/workflows/*.yml).</summary>
    GitHubWorkflow,

    /// <summary>A GitHub composite (or other) action's action.yml.</summary>
    GitHubAction,

    /// <summary>A GitLab CI file (.gitlab-ci.yml or a local include).</summary>
    GitLabCi,

    /// <summary>An Azure Pipelines definition or template.</summary>
    AzurePipelines,
}
