using CodeAssure.Catalog;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.SecurityPolicy;

/// <summary>CA-VDP-001: a SECURITY.md that says how to report a vulnerability, what happens next and when (principle 3.2).</summary>
public sealed class DisclosurePolicyCheck : ICheck
{
    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = new(
        "CA-VDP-001",
        "Vulnerability disclosure policy (SECURITY.md)",
        [PrincipleId.Parse("3.2")],
        [ClaimId.Parse("3.2.1"), ClaimId.Parse("3.2.2")],
        "SECURITY.md in the root, .github/ or docs/: a private reporting contact, what happens after a report, and a timeline.",
        "Publish a SECURITY.md naming a private channel (e-mail or private vulnerability reporting), what you do with a report and by when.");

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(CheckOutcome.FromFindings(SecurityPolicyCheck.Run(context.Root)));
    }
}
