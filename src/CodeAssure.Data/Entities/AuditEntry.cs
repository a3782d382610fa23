namespace CodeAssure.Data.Entities;

/// <summary>
/// One appended line of the audit log. Entries are chained: <see cref="Hash"/> covers this entry's fields and the
/// previous entry's hash, so changing or deleting any entry breaks every hash after it.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The position in the log, from 1, without gaps.</summary>
    public long Sequence { get; set; }

    /// <summary>When the change was saved (UTC, whole milliseconds so every database keeps it exactly).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Who made the change: a user id, <c>token:{id}</c> or <c>system</c>.</summary>
    public required string Actor { get; set; }

    /// <summary>The organisation the change belongs to, if any.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>created, updated or deleted.</summary>
    public required string Action { get; set; }

    /// <summary>The kind of thing changed (e.g. Product).</summary>
    public required string EntityType { get; set; }

    /// <summary>The changed thing's id.</summary>
    public required string EntityId { get; set; }

    /// <summary>The values before the change as canonical JSON, or null for a creation.</summary>
    public string? Before { get; set; }

    /// <summary>The values after the change as canonical JSON, or null for a deletion.</summary>
    public string? After { get; set; }

    /// <summary>The previous entry's hash (64 zeros for the first entry).</summary>
    public required string PreviousHash { get; set; }

    /// <summary>The lower-case hex SHA-256 of the canonical form (see <see cref="Audit.AuditHash"/>).</summary>
    public required string Hash { get; set; }
}
