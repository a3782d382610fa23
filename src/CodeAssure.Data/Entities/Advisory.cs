namespace CodeAssure.Data.Entities;

/// <summary>
/// A security advisory (principles 3.4 and 3.5), kept as the CSAF 2.0 document it is published as. Each revision
/// replaces <see cref="CsafJson"/> and adds a revision-history entry inside it.
/// </summary>
public sealed class Advisory
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The CSAF <c>tracking.id</c>, unique within the organisation (e.g. <c>acme-2026-0001</c>).</summary>
    public required string TrackingId { get; set; }

    /// <summary>The title.</summary>
    public required string Title { get; set; }

    /// <summary>The publication state.</summary>
    public AdvisoryStatus Status { get; set; }

    /// <summary>The CSAF <c>aggregate_severity</c> text, e.g. <c>High</c>.</summary>
    public string? AggregateSeverity { get; set; }

    /// <summary>The CSAF <c>tracking.version</c>.</summary>
    public required string Version { get; set; }

    /// <summary>The CSAF document (UTF-8 JSON).</summary>
    public required string CsafJson { get; set; }

    /// <summary>Ids of the products the advisory covers, space-separated ("D" format).</summary>
    public required string ProductIds { get; set; }

    /// <summary>First published (CSAF <c>initial_release_date</c>); null while a draft.</summary>
    public DateTimeOffset? InitialReleaseDate { get; set; }

    /// <summary>Latest revision (CSAF <c>current_release_date</c>).</summary>
    public DateTimeOffset CurrentReleaseDate { get; set; }

    /// <summary>When the row last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
