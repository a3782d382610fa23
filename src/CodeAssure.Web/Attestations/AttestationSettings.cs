namespace CodeAssure.Web.Attestations;

/// <summary>How attestations are issued.</summary>
internal sealed record AttestationSettings
{
    /// <summary>How long an attestation may be relied on after sign-off (default 12 months).</summary>
    public int ValidityMonths { get; init; } = 12;
}
