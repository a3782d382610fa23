namespace CodeAssure.Data.Entities;

/// <summary>One entry in an incident's timeline (principle 4.3): what happened or was done, when, and who wrote it.</summary>
public sealed class IncidentTimelineEntry
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The incident.</summary>
    public Guid IncidentId { get; set; }

    /// <summary>When it happened (may be earlier than when it was written).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>What happened.</summary>
    public required string Text { get; set; }

    /// <summary>Who wrote it (display name or email; "system" for automatic entries).</summary>
    public required string Author { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; set; }
}
