using CodeAssure.Catalog;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Distribution;

/// <summary>CA-DIST-002: checksums are published with releases (principle 3.1, claim 3.1.1).</summary>
public sealed class ReleaseChecksumsCheck : ReleaseIntegrityCheck
{
    /// <inheritdoc />
    public override CheckDescriptor Descriptor { get; } = new(
        "CA-DIST-002",
        "Checksums published with releases",
        [PrincipleId.Parse("3.1")],
        [ClaimId.Parse("3.1.1")],
        "In release workflows and scripts: sha256sum/sha512sum/shasum/Get-FileHash/certutil, GoReleaser checksum, checksum actions (each with file and line).",
        "Publish a SHA-256 checksums file with every release (e.g. sha256sum * > SHA256SUMS), ideally signed, and tell customers how to check it.");

    internal override IReadOnlyList<TextRule> Rules => ReleaseSignals.Checksums;

    // Registries (npm, PyPI, NuGet, crates.io, container registries) publish digests themselves; files offered for download need checksums.
    internal override bool NeedsEvidence(IReadOnlyList<TextRuleMatch> publishing) =>
        publishing.Any(m => m.Rule.Id is "publish-download" or "goreleaser");

    /// <inheritdoc />
    protected override string MissingRuleId => "no-release-checksums";

    /// <inheritdoc />
    protected override FindingLevel MissingLevel => FindingLevel.Low;

    /// <inheritdoc />
    protected override string MissingMessage => "releases are published but no checksums are computed for them";
}
