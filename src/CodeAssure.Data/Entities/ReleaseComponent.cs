namespace CodeAssure.Data.Entities;

/// <summary>
/// One component of a release's SBOM, stored once at upload so that re-matching after an OSV update reads rows
/// instead of re-parsing every SBOM.
/// </summary>
public sealed class ReleaseComponent
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The release.</summary>
    public Guid ReleaseId { get; set; }

    /// <summary>The component's package URL, as the SBOM gives it (empty when it has none).</summary>
    public required string Purl { get; set; }

    /// <summary>The name to show (group/name).</summary>
    public required string Name { get; set; }

    /// <summary>The version, when the SBOM states one.</summary>
    public string? Version { get; set; }

    /// <summary>The package URL type (<c>npm</c>, <c>maven</c> …), when there is a package URL.</summary>
    public string? Ecosystem { get; set; }
}
