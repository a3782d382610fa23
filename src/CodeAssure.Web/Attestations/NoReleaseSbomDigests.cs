namespace CodeAssure.Web.Attestations;

/// <summary>
/// Used until release SBOMs are stored: no release is known, so an attestation's subject is the product with the
/// assessment's canonical digest, and the predicate says so.
/// </summary>
internal sealed class NoReleaseSbomDigests : IReleaseSbomDigests
{
    public Task<(string Version, string Sha256)?> LatestAsync(Guid productId, CancellationToken ct) =>
        Task.FromResult<(string Version, string Sha256)?>(null);
}
