namespace CodeAssure.Data.Entities;

/// <summary>A note on a finding's triage, in plain text (never rendered as markup).</summary>
public sealed class FindingComment
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation (kept on every row so tenancy filters never need a join).</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The finding commented on.</summary>
    public Guid FindingId { get; set; }

    /// <summary>Who wrote it: a user id or <c>token:{id}</c>.</summary>
    public required string AuthorId { get; set; }

    /// <summary>The text, at most 4000 characters.</summary>
    public required string Text { get; set; }

    /// <summary>When it was written.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
