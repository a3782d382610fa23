namespace CodeAssure.Data.Entities;

/// <summary>An entry in the incident register (principle 4.3).</summary>
public sealed class Incident
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The organisation's reference, e.g. <c>INC-2026-004</c>.</summary>
    public required string Reference { get; set; }

    /// <summary>What happened, in one line.</summary>
    public required string Title { get; set; }

    /// <summary>What happened, in full (internal).</summary>
    public string? Description { get; set; }

    /// <summary>The severity.</summary>
    public FindingSeverity Severity { get; set; }

    /// <summary>The status.</summary>
    public IncidentStatus Status { get; set; }

    /// <summary>Ids of the affected products, space-separated ("D" format).</summary>
    public string? AffectedProductIds { get; set; }

    /// <summary>Which customers are affected (free text: names, segments or "all").</summary>
    public string? AffectedCustomers { get; set; }

    /// <summary>When it started (or was first known to have started).</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When it was detected.</summary>
    public DateTimeOffset DetectedAt { get; set; }

    /// <summary>When it was resolved.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>The customer-facing summary, shown on the trust portal once <see cref="Published"/>.</summary>
    public string? PublicSummary { get; set; }

    /// <summary>Whether the incident is shown on the trust portal.</summary>
    public bool Published { get; set; }

    /// <summary>When the row last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
