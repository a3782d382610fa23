namespace CodeAssure.Sbom.Comparison;

/// <summary>What changed between two SBOMs of a product: what a release reviewer reads.</summary>
/// <param name="Added">Packages only in the newer SBOM.</param>
/// <param name="Removed">Packages only in the older SBOM.</param>
/// <param name="Changed">Packages in both whose versions differ.</param>
public sealed record SbomDifference(
    IReadOnlyList<PackageVersions> Added,
    IReadOnlyList<PackageVersions> Removed,
    IReadOnlyList<VersionChange> Changed)
{
    /// <summary>True when the two SBOMs list the same packages at the same versions.</summary>
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;
}
