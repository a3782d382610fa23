namespace CodeAssure.Vulnerabilities.Matching;

/// <summary>A component to check: its package URL (with a version), its display name and its bom-ref.</summary>
/// <param name="Purl">The component's package URL.</param>
/// <param name="Name">The name to show.</param>
/// <param name="BomRef">The component's bom-ref in its SBOM, if it has one.</param>
public sealed record MatchTarget(string Purl, string Name, string? BomRef = null);
