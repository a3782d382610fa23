using CodeAssure.Catalog;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Distribution;

/// <summary>CA-DIST-001: releases are signed or carry provenance (principle 3.1, claim 3.1.1).</summary>
public sealed class ReleaseSigningCheck : ReleaseIntegrityCheck
{
    /// <inheritdoc />
    public override CheckDescriptor Descriptor { get; } = new(
        "CA-DIST-001",
        "Releases signed, with provenance",
        [PrincipleId.Parse("3.1")],
        [ClaimId.Parse("3.1.1")],
        "In release workflows, scripts and build files: Sigstore/cosign, GitHub artifact attestations (actions/attest-build-provenance), SLSA generators, npm --provenance, NuGet/Authenticode signing, GPG-signed artifacts or tags, GoReleaser signs (each with file and line).",
        "Sign every release artifact and attest its provenance in the release workflow (e.g. actions/attest-build-provenance or cosign sign-blob), and document how customers verify it.");

    internal override IReadOnlyList<TextRule> Rules => ReleaseSignals.Signing;

    /// <inheritdoc />
    protected override string MissingRuleId => "release-not-signed";

    /// <inheritdoc />
    protected override FindingLevel MissingLevel => FindingLevel.Medium;

    /// <inheritdoc />
    protected override string MissingMessage => "releases are published but nothing signs them or attests their provenance";
}
