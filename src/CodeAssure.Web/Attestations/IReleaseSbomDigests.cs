namespace CodeAssure.Web.Attestations;

/// <summary>The latest release of a product with the SHA-256 of its SBOM: the attestation's subject.</summary>
internal interface IReleaseSbomDigests
{
    /// <summary>The latest release's version and SBOM digest, or null when no release SBOM is known.</summary>
    Task<(string Version, string Sha256)?> LatestAsync(Guid productId, CancellationToken ct);
}
