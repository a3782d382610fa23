namespace CodeAssure.Data.Entities;

/// <summary>The one-time first-run setup token; only its SHA-256 is stored, and it is used once.</summary>
public sealed class SetupToken
{
    /// <summary>The token's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The lower-case hex SHA-256 of the token text.</summary>
    public required string TokenHash { get; set; }

    /// <summary>When it was made (printed on the console).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was used or replaced; a used token is never accepted again.</summary>
    public DateTimeOffset? UsedAt { get; set; }
}
