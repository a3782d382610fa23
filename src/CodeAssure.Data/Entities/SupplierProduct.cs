namespace CodeAssure.Data.Entities;

/// <summary>A supplier's product that the organisation uses, with the version in use and its support as last read.</summary>
public sealed class SupplierProduct
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The supplier.</summary>
    public Guid SupplierId { get; set; }

    /// <summary>The supplier.</summary>
    public Supplier? Supplier { get; set; }

    /// <summary>The product's name exactly as the supplier publishes it (matched against advisories, support and attestations).</summary>
    public required string Name { get; set; }

    /// <summary>The version in use (matched against advisories and support lines); null when any version is of interest.</summary>
    public string? VersionInUse { get; set; }

    /// <summary>Notes: where it is deployed, who owns it internally.</summary>
    public string? Notes { get; set; }

    /// <summary>When it was added.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// When it was added or its name or version in use last changed: advisories read before then are matched against
    /// it again at the next read of the supplier's portal.
    /// </summary>
    public DateTimeOffset MatchChangedAt { get; set; }

    /// <summary>The end of support of the version in use, from the supplier's <c>support.json</c>; null when unknown or open-ended.</summary>
    public DateOnly? EndOfSupport { get; set; }

    /// <summary>The support level in force for the version in use (e.g. <c>full</c>, <c>security</c>, <c>none</c>), or null when unknown.</summary>
    public string? SupportLevel { get; set; }

    /// <summary>When <see cref="EndOfSupport"/> and <see cref="SupportLevel"/> were last read.</summary>
    public DateTimeOffset? SupportCheckedAt { get; set; }
}
