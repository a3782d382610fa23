using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Ci;

/// <summary>CA-CI-005: outsiders cannot run commands in the build by choosing a title, branch name or commit message (principle 2.1).</summary>
public sealed class ScriptInjectionCheck : ICheck
{
    private static readonly IReadOnlyList<CiCheck> Rows = [CiChecks.ScriptInjection, CiChecks.UnsecureCommands];

    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = CiCheckRun.Describe(
        CiChecks.ScriptInjection,
        "Script injection in CI",
        "Attacker-controlled values expanded into script text: GitHub ${{ github.event.* }} titles, bodies, branch names, commit messages in run: and github-script; Azure macros such as $(Build.SourceBranchName) and $(Build.SourceVersionMessage) in scripts; GitLab $CI_COMMIT_MESSAGE, $CI_MERGE_REQUEST_TITLE … handed to eval or sh -c (CA-CI-005); ACTIONS_ALLOW_UNSECURE_COMMANDS (CA-CI-007).",
        Rows);

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CiCheckRun.Run(context, Rows));
}
