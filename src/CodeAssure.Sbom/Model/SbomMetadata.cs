namespace CodeAssure.Sbom.Model;

/// <summary>What the SBOM says about itself.</summary>
/// <param name="Component">The component the SBOM describes (CycloneDX <c>metadata.component</c>; for SPDX the one package the document describes, if exactly one).</param>
/// <param name="Timestamp">When the SBOM was created.</param>
/// <param name="Tools">The tools that created it.</param>
public sealed record SbomMetadata(SbomComponent? Component, DateTimeOffset? Timestamp, IReadOnlyList<SbomTool> Tools)
{
    /// <summary>No metadata at all.</summary>
    public static SbomMetadata Empty { get; } = new(null, null, []);
}
