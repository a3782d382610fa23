using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Evidence;

/// <summary>What an uploaded scan says about one claim.</summary>
/// <param name="Id">The claim.</param>
/// <param name="Status">The scan's verdict.</param>
/// <param name="Checks">The checks that evidence it.</param>
/// <param name="Reason">Why, in one sentence.</param>
public sealed record BundleClaim(ClaimId Id, BundleClaimStatus Status, IReadOnlyList<string> Checks, string Reason);
