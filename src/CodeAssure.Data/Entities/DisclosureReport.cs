namespace CodeAssure.Data.Entities;

/// <summary>
/// A vulnerability report sent through an organisation's public disclosure form (principle 3.2). Every field a reporter
/// typed is kept as plain text and is only ever rendered encoded.
/// </summary>
public sealed class DisclosureReport
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation reported to.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The reporter's tracking reference, e.g. <c>VDP-2026-7K3QX9</c> (unique).</summary>
    public required string TrackingReference { get; set; }

    /// <summary>The reporter's email address (where the acknowledgement goes).</summary>
    public required string ReporterEmail { get; set; }

    /// <summary>The reporter's name, if given.</summary>
    public string? ReporterName { get; set; }

    /// <summary>The product reported against, or null when the organisation has none.</summary>
    public Guid? ProductId { get; set; }

    /// <summary>One-line title.</summary>
    public required string Title { get; set; }

    /// <summary>The description, as plain text.</summary>
    public required string Description { get; set; }

    /// <summary>The reporter's own guess at the severity (low, medium, high, critical), if given.</summary>
    public string? SeverityGuess { get; set; }

    /// <summary>The triage item raised for the report, when the organisation has a product to raise it against.</summary>
    public Guid? FindingId { get; set; }

    /// <summary>A keyed hash of the sender's IP address (never the address itself), to spot floods from one source.</summary>
    public required string SourceHash { get; set; }

    /// <summary>The one-time id of the form instance it was sent from; unique, so a replayed form is refused.</summary>
    public required string FormNonce { get; set; }

    /// <summary>Where it stands.</summary>
    public DisclosureReportStatus Status { get; set; }

    /// <summary>When it was received.</summary>
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
