namespace CodeAssure.Data.Entities;

/// <summary>
/// A supplier in an organisation's supplier register (the organisation acting as a customer, using the Code in
/// procurement and supplier management): whose software it uses, where the supplier's trust portal is, and how old an
/// attestation may get before the organisation is reminded to ask for a new one.
/// </summary>
public sealed class Supplier
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation whose register this is.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The supplier's name as the organisation knows it.</summary>
    public required string Name { get; set; }

    /// <summary>
    /// The supplier's trust portal (an absolute http(s) address such as <c>https://vendor.example/trust/acme</c>),
    /// from which keys, attestations, CSAF advisories, support dates and incidents are read; null when the supplier
    /// has none (attestations are then uploaded).
    /// </summary>
    public string? PortalUrl { get; set; }

    /// <summary>Who to contact at the supplier about security (free text: an address or a name).</summary>
    public string? Contact { get; set; }

    /// <summary>An attestation older than this many days raises a reminder to ask the supplier for a new one.</summary>
    public int AttestationMaxAgeDays { get; set; } = 365;

    /// <summary>When the supplier was added.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the portal's feeds were last read successfully; null before the first success.</summary>
    public DateTimeOffset? LastSyncedAt { get; set; }

    /// <summary>Why the last read of the portal failed (one line), or null when it succeeded.</summary>
    public string? LastSyncError { get; set; }

    /// <summary>The supplier's products the organisation uses.</summary>
    public ICollection<SupplierProduct> Products { get; } = [];
}
