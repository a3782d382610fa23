using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Ci;

/// <summary>CA-CI-004: workflows that run with secrets and a write token never build untrusted pull-request code (principle 2.1).</summary>
public sealed class PrivilegedTriggerCheck : ICheck
{
    private static readonly IReadOnlyList<CiCheck> Rows = [CiChecks.PrivilegedUntrustedCheckout];

    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = CiCheckRun.Describe(
        CiChecks.PrivilegedUntrustedCheckout,
        "Untrusted code in privileged workflows",
        "pull_request_target and workflow_run workflows that check out the pull request's head (actions/checkout ref/repository, git fetch of refs/pull, gh pr checkout), High when a later step runs code (CA-CI-004).",
        Rows);

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CiCheckRun.Run(context, Rows));
}
