using CodeAssure.Catalog;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.SecureDefaults;

/// <summary>CA-DEFAULT-002: TLS certificate validation is never turned off (principles 1.4 and 3.1).</summary>
public sealed class TlsValidationCheck : InsecureDefaultsCheck
{
    /// <inheritdoc />
    public override CheckDescriptor Descriptor { get; } = new(
        "CA-DEFAULT-002",
        "TLS certificate validation left on",
        [PrincipleId.Parse("1.4"), PrincipleId.Parse("3.1")],
        [ClaimId.Parse("1.4.5"), ClaimId.Parse("3.1.2")],
        "Code, scripts and settings that turn off TLS certificate validation: .NET accept-all callbacks, Python verify=False, Node rejectUnauthorized/NODE_TLS_REJECT_UNAUTHORIZED, Go InsecureSkipVerify, Java trust-all managers, curl -k, git http.sslVerify false, npm strict-ssl false (docs/config-checks.md).",
        "Keep certificate validation on; trust a private CA by adding it to the trust store (or pinning it) instead of accepting every certificate.");

    internal override IReadOnlyList<TextRule> Rules => TlsValidationRules.All;
}
