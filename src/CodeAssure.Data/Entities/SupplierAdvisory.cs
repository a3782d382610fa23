namespace CodeAssure.Data.Entities;

/// <summary>A security advisory read from a supplier's CSAF provider, as last seen, and whether it affects a product in use.</summary>
public sealed class SupplierAdvisory
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The supplier that published it.</summary>
    public Guid SupplierId { get; set; }

    /// <summary>The CSAF document's <c>/document/tracking/id</c>; unique per supplier.</summary>
    public required string TrackingId { get; set; }

    /// <summary>The document's title.</summary>
    public required string Title { get; set; }

    /// <summary>The document's tracking version as last read.</summary>
    public required string TrackingVersion { get; set; }

    /// <summary>The document's <c>/document/tracking/current_release_date</c>.</summary>
    public DateTimeOffset CurrentReleaseDate { get; set; }

    /// <summary>The highest severity in the document (<c>critical</c>, <c>high</c>, <c>medium</c>, <c>low</c>, <c>none</c>), or null.</summary>
    public string? Severity { get; set; }

    /// <summary>The CVE ids it covers, comma-separated.</summary>
    public string? Cves { get; set; }

    /// <summary>Where the document was read.</summary>
    public required string Url { get; set; }

    /// <summary>The ids of the products in use it affects (known affected, under investigation), comma-separated; empty when none.</summary>
    public required string AffectedProductIds { get; set; }

    /// <summary>When it was first read.</summary>
    public DateTimeOffset FirstSeenAt { get; set; }

    /// <summary>When it was last read.</summary>
    public DateTimeOffset LastSeenAt { get; set; }
}
