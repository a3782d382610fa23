using CodeAssure.Catalog;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.SecurityTxt;

/// <summary>CA-VDP-002: a security.txt (RFC 9116) held in the repository is valid now (principle 3.2).</summary>
public sealed class SecurityTxtFileCheck : ICheck
{
    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = new(
        "CA-VDP-002",
        "security.txt (RFC 9116)",
        [PrincipleId.Parse("3.2")],
        [ClaimId.Parse("3.2.1"), ClaimId.Parse("3.2.2")],
        "security.txt at .well-known/ or the root (and common web roots): Contact and Expires present, Expires in the future and within a year, fields well formed.",
        "Publish /.well-known/security.txt with a Contact and an Expires less than a year ahead, and renew it before it expires.");

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var findings = SecurityTxtRepositoryCheck.Run(context.Root, context.Time);
        // A repository need not hold the file its website serves: absence is not a failure, just no evidence here.
        return Task.FromResult(findings.All(f => f.RuleId == "not-found")
            ? CheckOutcome.NotApplicable("no security.txt in the repository (it may be served by the website: check it with 'codeassure securitytxt validate <domain>')")
            : CheckOutcome.FromFindings(findings));
    }
}
