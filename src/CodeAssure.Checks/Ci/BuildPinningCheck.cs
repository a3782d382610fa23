using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Ci;

/// <summary>CA-CI-001: what the build runs is pinned, so it cannot change without a reviewed commit (principle 2.2).</summary>
public sealed class BuildPinningCheck : ICheck
{
    private static readonly IReadOnlyList<CiCheck> Rows = [CiChecks.ActionNotPinned, CiChecks.ImageNotPinned, CiChecks.TaskNotPinned, CiChecks.UnpinnedInclude];

    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = CiCheckRun.Describe(
        CiChecks.ActionNotPinned,
        "Build dependencies pinned",
        "GitHub actions and reusable workflows not pinned to a full commit SHA (CA-CI-001), container images without a digest (CA-CI-010), Azure tasks without a major version (CA-CI-014), GitLab includes, components and Azure template repositories without a fixed revision (CA-CI-015).",
        Rows,
        "Pin what the build runs: actions and reusable workflows to a full commit SHA (tag in a comment), images by digest, Azure tasks to a major version, includes and template repositories to a commit or a protected tag; let Dependabot or Renovate propose updates. See docs/ci-checks.md.");

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CiCheckRun.Run(context, Rows));
}
