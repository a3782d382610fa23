namespace CodeAssure.Sbom.Model;

/// <summary>An SBOM read from any supported format, in one normalised shape. (Not called <c>Sbom</c>: that would clash with the <c>CodeAssure.Sbom</c> namespace.)</summary>
/// <param name="Format">The standard it follows.</param>
/// <param name="SpecVersion">The specification version, without prefix (<c>1.6</c>, <c>2.3</c>, <c>3.0.1</c>).</param>
/// <param name="SerialNumber">The document's identity: CycloneDX <c>serialNumber</c>, SPDX <c>documentNamespace</c> (2.x) or document <c>spdxId</c> (3.0).</param>
/// <param name="Metadata">What the document says about itself.</param>
/// <param name="Components">Every component or package, nested CycloneDX components flattened in document order (parent first).</param>
/// <param name="Dependencies">The dependency graph.</param>
public sealed record SbomDocument(
    SbomFormat Format,
    string SpecVersion,
    string? SerialNumber,
    SbomMetadata Metadata,
    IReadOnlyList<SbomComponent> Components,
    IReadOnlyList<SbomDependency> Dependencies);
