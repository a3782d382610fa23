namespace CodeAssure.Data.Entities;

/// <summary>A bearer token for CI, scoped to one organisation; only its SHA-256 is stored.</summary>
public sealed class ApiToken
{
    /// <summary>The token's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation the token acts in.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>A name saying what the token is for.</summary>
    public required string Name { get; set; }

    /// <summary>The lower-case hex SHA-256 of the token text.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The first characters of the token, to recognise it in lists.</summary>
    public required string Prefix { get; set; }

    /// <summary>Who made it (user id).</summary>
    public required string CreatedBy { get; set; }

    /// <summary>When it was made.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was revoked; a revoked token authenticates nothing.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
