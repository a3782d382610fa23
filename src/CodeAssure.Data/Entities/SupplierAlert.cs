namespace CodeAssure.Data.Entities;

/// <summary>An alert in the supplier register, raised once per <see cref="Key"/> and kept until acknowledged.</summary>
public sealed class SupplierAlert
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation whose register raised it.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The supplier concerned.</summary>
    public Guid SupplierId { get; set; }

    /// <summary>The product in use concerned, when one is.</summary>
    public Guid? SupplierProductId { get; set; }

    /// <summary>Why it was raised.</summary>
    public SupplierAlertKind Kind { get; set; }

    /// <summary>
    /// What makes it unique for the supplier, so a repeated read raises nothing new: e.g. <c>advisory:ACME-2026-001:2</c>,
    /// <c>eos:{productId}:2027-06-30:6</c>, <c>incident:INC-7</c>, <c>stale:{attestationId}</c>.
    /// </summary>
    public required string Key { get; set; }

    /// <summary>One line saying what happened.</summary>
    public required string Title { get; set; }

    /// <summary>More detail, plain text.</summary>
    public string? Detail { get; set; }

    /// <summary>Where to read more (the supplier's page or document).</summary>
    public string? Url { get; set; }

    /// <summary>When it was raised.</summary>
    public DateTimeOffset RaisedAt { get; set; }

    /// <summary>When someone acknowledged it; null while open.</summary>
    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>Who acknowledged it.</summary>
    public string? AcknowledgedBy { get; set; }
}
