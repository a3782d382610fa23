namespace CodeAssure.Sbom.Validation.Ntia;

/// <summary>Which per-component NTIA elements one component has.</summary>
/// <param name="Component">The component as people know it: name and version, or its identifier when unnamed.</param>
/// <param name="Location">Where the component is in the document (JSON pointer or line:column).</param>
/// <param name="Missing">The per-component elements it lacks; empty when it has them all.</param>
public sealed record NtiaComponentCoverage(string Component, string Location, IReadOnlyList<NtiaElement> Missing);
