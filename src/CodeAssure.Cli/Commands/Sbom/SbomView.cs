using CodeAssure.Sbom.Model;

namespace CodeAssure.Cli.Commands.Sbom;

/// <summary>The JSON shape of <c>sbom read</c>: the normalised model, with the format as "cyclonedx" or "spdx".</summary>
internal sealed record SbomView(
    string Format,
    string SpecVersion,
    string? SerialNumber,
    SbomMetadata Metadata,
    IReadOnlyList<SbomComponent> Components,
    IReadOnlyList<SbomDependency> Dependencies)
{
    public static SbomView From(SbomDocument sbom) => new(
        sbom.Format == SbomFormat.CycloneDx ? "cyclonedx" : "spdx",
        sbom.SpecVersion,
        sbom.SerialNumber,
        sbom.Metadata,
        sbom.Components,
        sbom.Dependencies);
}
