namespace CodeAssure.Data.Entities;

/// <summary>Records that a finding's overdue notice was queued, so each finding is notified once.</summary>
public sealed class FindingOverdueNotice
{
    /// <summary>The finding (also the key).</summary>
    public Guid FindingId { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The due date that had passed.</summary>
    public DateTimeOffset DueAt { get; set; }

    /// <summary>When the notice was queued.</summary>
    public DateTimeOffset NotifiedAt { get; set; }
}
