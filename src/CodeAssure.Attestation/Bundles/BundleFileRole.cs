namespace CodeAssure.Attestation.Bundles;

/// <summary>What a file in an attestation bundle is, which decides the signed digest it is checked against.</summary>
public enum BundleFileRole
{
    /// <summary>An evidence file; checked against the predicate's evidence item of the same id.</summary>
    Evidence,

    /// <summary>An uploaded evidence bundle; checked against the predicate's evidenceBundles entry of the same id.</summary>
    EvidenceBundle,

    /// <summary>The release's SBOM; checked against the statement subject's digest.</summary>
    Sbom,

    /// <summary>The signed-off assessment's canonical JSON; checked against the predicate's assessment digest.</summary>
    Assessment,
}
