using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Ci;

/// <summary>CA-CI-002: the CI token gets only the access each job needs (principle 2.1).</summary>
public sealed class TokenPermissionsCheck : ICheck
{
    private static readonly IReadOnlyList<CiCheck> Rows = [CiChecks.PermissionsNotDeclared, CiChecks.BroadPermissions, CiChecks.PersistedCredentials];

    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = CiCheckRun.Describe(
        CiChecks.PermissionsNotDeclared,
        "CI token permissions least privilege",
        "GitHub workflows without a 'permissions' block (CA-CI-002), write-all or workflow-wide write scopes (CA-CI-003), Azure checkouts that persist the access token (CA-CI-013).",
        Rows,
        "Declare 'permissions:' with the least each workflow needs (often 'contents: read') and grant write scopes only on the jobs that use them; do not persist checkout credentials in Azure Pipelines unless a later step must push.");

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CiCheckRun.Run(context, Rows));
}
