namespace CodeAssure.Sbom.Model;

/// <summary>
/// One component (CycloneDX) or package (SPDX), normalised. Nested CycloneDX components are flattened: a nested
/// component names its parent in <see cref="ParentRef"/>.
/// </summary>
public sealed record SbomComponent
{
    /// <summary>Creates a component; a component always has a name (real documents sometimes give an empty one).</summary>
    public SbomComponent(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    /// <summary>The document-local identifier: CycloneDX <c>bom-ref</c>, SPDX <c>SPDXID</c> (2.x) or <c>spdxId</c> (3.0).</summary>
    public string? BomRef { get; init; }

    /// <summary>What kind of component: CycloneDX <c>type</c> (library, application …) or SPDX primary purpose, lowercased.</summary>
    public string? Type { get; init; }

    /// <summary>The CycloneDX group (e.g. a Maven groupId or npm scope); SPDX has none.</summary>
    public string? Group { get; init; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The version, as given.</summary>
    public string? Version { get; init; }

    /// <summary>The package URL, exactly as given in the document (not parsed or normalised).</summary>
    public string? Purl { get; init; }

    /// <summary>The CPE (2.2 or 2.3), as given.</summary>
    public string? Cpe { get; init; }

    /// <summary>Licence ids, names or expressions (SPDX: concluded then declared; NOASSERTION and NONE left out).</summary>
    public IReadOnlyList<string> Licenses { get; init; } = [];

    /// <summary>The component's hashes.</summary>
    public IReadOnlyList<SbomHash> Hashes { get; init; } = [];

    /// <summary>Who supplies the component (the organisation or person's name).</summary>
    public string? Supplier { get; init; }

    /// <summary>The CycloneDX scope (required, optional, excluded); SPDX has none.</summary>
    public string? Scope { get; init; }

    /// <summary>The <see cref="BomRef"/> of the component this one was nested in, for flattened CycloneDX components.</summary>
    public string? ParentRef { get; init; }
}
