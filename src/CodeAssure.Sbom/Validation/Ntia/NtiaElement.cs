namespace CodeAssure.Sbom.Validation.Ntia;

/// <summary>The data fields of the NTIA "Minimum Elements for a Software Bill of Materials" (July 2021).</summary>
public enum NtiaElement
{
    /// <summary>Supplier name: the entity that creates, defines and identifies the component.</summary>
    Supplier,

    /// <summary>Component name.</summary>
    Name,

    /// <summary>Version of the component.</summary>
    Version,

    /// <summary>Other unique identifiers: a purl, CPE or SWID tag.</summary>
    UniqueIdentifier,

    /// <summary>Dependency relationship: the component takes part in the BOM's dependency graph.</summary>
    DependencyRelationship,

    /// <summary>Author of the SBOM data (document level).</summary>
    Author,

    /// <summary>Timestamp of the SBOM data's assembly (document level).</summary>
    Timestamp,
}
