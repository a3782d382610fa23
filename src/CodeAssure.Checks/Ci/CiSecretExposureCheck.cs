using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Ci;

/// <summary>CA-CI-006: CI definitions do not write secrets to logs or hold them in clear text (principle 2.1, claim 2.1.4).</summary>
public sealed class CiSecretExposureCheck : ICheck
{
    private static readonly IReadOnlyList<CiCheck> Rows = [CiChecks.SecretPrinted, CiChecks.LiteralSecret, CiChecks.DebugTracing];

    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = CiCheckRun.Describe(
        CiChecks.SecretPrinted,
        "Secrets exposed by CI definitions",
        "Secrets echoed to the build log or traced with set -x, GitLab environment dumps (CA-CI-006), literal values in secret-named CI variables (CA-CI-011), committed debug tracing: CI_DEBUG_TRACE, system.debug (CA-CI-012).",
        Rows,
        "Never echo, trace (set -x) or dump (env, printenv) secrets; keep them in the CI system's secret store, not in literal variables; remove committed debug tracing (CI_DEBUG_TRACE, system.debug). Rotate any secret that reached a log or the repository.");

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CiCheckRun.Run(context, Rows));
}
