namespace CodeAssure.Sbom.Comparison;

/// <summary>A package whose versions differ between the two SBOMs.</summary>
/// <param name="Key">The version-less identity.</param>
/// <param name="Name">The name to show.</param>
/// <param name="From">The versions in the older SBOM.</param>
/// <param name="To">The versions in the newer SBOM.</param>
public sealed record VersionChange(string Key, string Name, IReadOnlyList<string> From, IReadOnlyList<string> To);
